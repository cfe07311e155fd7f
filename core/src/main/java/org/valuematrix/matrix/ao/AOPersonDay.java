package org.valuematrix.matrix.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * That a person did something on one day in one container, as a member of one team: the rollup
 * participation (active members) and the contribution rate are read from. A row exists when the
 * person was the actor of at least one event (interaction or not); {@code CONTRIBUTED} says
 * whether one of those events commented, replied or edited someone else's content.
 *
 * <p>The team is the actor's home team stored with the event at ingest, null for a person in no
 * team (the container owner is a fallback for a counterpart only, never a team to be active in). Rows only ever appear and flags only ever turn on, so the
 * table is the same whatever order events arrive in. {@code EPOCH_DAY} is the epoch day in the
 * organisation's time zone; a change of zone needs a rebuild.
 */
@Table("PERSON_DAY")
@Indexes({
    @Index(name = "team_day", methodNames = {"getTeam", "getEpochDay"}),
    @Index(name = "day", methodNames = {"getEpochDay"})
})
public interface AOPersonDay extends Entity {
    @NotNull
    @Unique
    @StringLength(40)
    String getRowKey();

    void setRowKey(String key);

    @NotNull
    int getEpochDay();

    void setEpochDay(int day);

    @NotNull
    String getContainerKey();

    void setContainerKey(String key);

    @StringLength(64)
    String getTeam();

    void setTeam(String team);

    @NotNull
    String getPerson();

    void setPerson(String person);

    @NotNull
    boolean isContributed();

    void setContributed(boolean contributed);
}
