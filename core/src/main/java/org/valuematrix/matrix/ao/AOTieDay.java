package org.valuematrix.matrix.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * How many interactions one actor had with one counterpart on one day, in one container, in one
 * cell (scope and novelty): the rollup the matrix's cells, the E-I index, cross-team reach, new
 * cross-silo ties and the team-to-team view are read from, so that no page view scans events.
 *
 * <p>Each interaction is counted in one row, with both people's home teams: the actor's team
 * reads it through {@code (ACTOR_TEAM, EPOCH_DAY)}, the counterpart's through
 * {@code (COUNTERPART_TEAM, EPOCH_DAY)}, the organisation and every team at once through
 * {@code EPOCH_DAY}. (A row per side would double what ingest writes and pages read.) Sums
 * (interactions, reach) are grouped in the database; distinct ties and people are counted from
 * the period's rows grouped by pair and cell, so days and containers collapse before they reach
 * Java.
 *
 * <p>Teams, scope and novelty are the event's stored classification (home teams at ingest, so
 * a later membership change leaves these rows alone). Novelty follows reclassification: when a
 * late interaction makes a stored one new or existing, its count moves between the two rows.
 * {@code EPOCH_DAY} is the epoch day in the organisation's time zone; a change of zone needs a
 * rebuild. A row whose count falls to zero is deleted, so the table holds exactly what a
 * rebuild from the stored events writes. {@code ROW_KEY} is a digest of every identifying
 * column, so a batch reads the rows it touches with one bound list.
 */
@Table("PAIR_DAY")
@Indexes({
    @Index(name = "day", methodNames = {"getEpochDay"}),
    @Index(name = "actor_team_day", methodNames = {"getActorTeam", "getEpochDay"}),
    @Index(name = "counterpart_team_day", methodNames = {"getCounterpartTeam", "getEpochDay"})
})
public interface AOTieDay extends Entity {
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

    @NotNull
    @StringLength(16)
    String getScope();

    void setScope(String scope);

    @NotNull
    @StringLength(16)
    String getNovelty();

    void setNovelty(String novelty);

    @NotNull
    @StringLength(40)
    String getTieKey();

    void setTieKey(String tieKey);

    @NotNull
    String getActor();

    void setActor(String actor);

    /** The actor's home team at ingest; null when they had none. */
    @StringLength(64)
    String getActorTeam();

    void setActorTeam(String team);

    @NotNull
    String getCounterpart();

    void setCounterpart(String counterpart);

    /** The counterpart's home team at ingest; null when they had none. */
    @StringLength(64)
    String getCounterpartTeam();

    void setCounterpartTeam(String team);

    @NotNull
    int getInteractions();

    void setInteractions(int interactions);
}
