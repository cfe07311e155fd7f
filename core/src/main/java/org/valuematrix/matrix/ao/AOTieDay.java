package org.valuematrix.matrix.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * How many interactions one tie had on one day, in one container, in one cell (scope and
 * novelty), seen from one of its two people: the rollup the matrix's cells, the E-I index,
 * cross-team reach, new cross-silo ties and the team-to-team view are read from, so that no
 * page view scans events.
 *
 * <p>Why two sides: the matrix counts an interaction for the actor's home team (and an across
 * one for the counterpart's too), but the E-I index needs every tie a member has, whichever
 * side of the interaction the member was on. So each interaction counts once in a row of side
 * {@code actor} (unit team = the actor's home team, person = the actor, other = the
 * counterpart) and once in a row of side {@code counterpart} (unit team = the counterpart's
 * home team, person = the counterpart, other = the actor), the latter only when the
 * counterpart has a team. The organisation reads the actor rows only: each interaction once.
 *
 * <p>Teams, scope and novelty are the event's stored classification (home teams at ingest, so
 * a later membership change leaves these rows alone). Novelty follows reclassification: when a
 * late interaction makes a stored one new or existing, its count moves between the two rows.
 * {@code EPOCH_DAY} is the epoch day in the organisation's time zone; a change of zone needs a
 * rebuild. A row whose count falls to zero is deleted, so the table holds exactly what a
 * rebuild from the stored events writes. {@code ROW_KEY} is a digest of every identifying
 * column, so a batch reads the rows it touches with one bound list.
 */
@Table("TIE_DAY")
@Indexes({
    @Index(name = "unit_day", methodNames = {"getUnitTeam", "getEpochDay"}),
    @Index(name = "side_day", methodNames = {"getSide", "getEpochDay"})
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

    /** The home team of {@link #getPerson()} at ingest; null when they had none. */
    @StringLength(64)
    String getUnitTeam();

    void setUnitTeam(String team);

    /** {@code actor} or {@code counterpart}: which part {@link #getPerson()} played. */
    @NotNull
    @StringLength(16)
    String getSide();

    void setSide(String side);

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
    String getPerson();

    void setPerson(String person);

    /** The tie's other person. */
    @NotNull
    String getOtherPerson();

    void setOtherPerson(String other);

    /** The other person's home team at ingest; null when they had none. */
    @StringLength(64)
    String getOtherTeam();

    void setOtherTeam(String team);

    @NotNull
    int getInteractions();

    void setInteractions(int interactions);
}
