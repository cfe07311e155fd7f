package org.valuematrix.matrix.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * That a tie or a person appears in a unit's figures of a whole week or calendar month, over
 * every container (the view of administrators and the viewer group): one row per period, unit,
 * mark and subject, with how many of the period's interactions put it there. A distinct count
 * is then the number of rows, summed in the database: each row has a 1 in the column of the
 * figure it counts for (e.g. {@code ACROSS_NEW_TIES}), so one statement summing every column by
 * unit reads a period's figures as one row per unit, instead of one row per distinct pair.
 *
 * <ul>
 * <li>{@code MARK} "tie": the tie ({@code SUBJECT}) in the unit's cell ({@code SCOPE},
 * {@code NOVELTY}); its {@code INTERACTIONS} add up to the cell's interactions.</li>
 * <li>"person": a person on either side of the unit's interactions in the cell.</li>
 * <li>"internal" / "external": a tie of the E-I index (scope and novelty "-").</li>
 * </ul>
 * {@code UNIT} is a team key, or null for the organisation. {@code PERIOD_KIND} is "week"
 * (weeks start on Monday) or "month"; {@code PERIOD_START} the epoch day of its first day in
 * the organisation's time zone, as the day rollups count. Rows are kept with the tie rows, in
 * the same transaction and under the same locks (the tie's and both people's), and a row
 * whose count falls to zero is deleted, so a period's rows are always what its tie rows say.
 * {@code ROW_KEY} is a digest of every identifying column.
 */
@Table("PERIOD_MARK")
@Indexes({
    @Index(name = "period", methodNames = {"getPeriodStart", "getPeriodKind"})
})
public interface AOPeriodMark extends Entity {
    @NotNull
    @Unique
    @StringLength(40)
    String getRowKey();

    void setRowKey(String key);

    @NotNull
    @StringLength(8)
    String getPeriodKind();

    void setPeriodKind(String kind);

    @NotNull
    int getPeriodStart();

    void setPeriodStart(int day);

    /** A team key; null for the organisation. */
    @StringLength(64)
    String getUnit();

    void setUnit(String unit);

    @NotNull
    @StringLength(16)
    String getMark();

    void setMark(String mark);

    @NotNull
    @StringLength(16)
    String getScope();

    void setScope(String scope);

    @NotNull
    @StringLength(16)
    String getNovelty();

    void setNovelty(String novelty);

    /** The tie key or the person. */
    @NotNull
    String getSubject();

    void setSubject(String subject);

    @NotNull
    int getInteractions();

    void setInteractions(int interactions);

    // One column per figure a row adds to (1 for a tie, person or E-I tie; the interactions of a
    // tie), 0 in the others: a period's every figure of every unit is one SUM per column, by unit.

    @NotNull
    int getWithinExistingInteractions();

    void setWithinExistingInteractions(int value);

    @NotNull
    int getWithinExistingTies();

    void setWithinExistingTies(int value);

    @NotNull
    int getWithinExistingPeople();

    void setWithinExistingPeople(int value);

    @NotNull
    int getWithinNewInteractions();

    void setWithinNewInteractions(int value);

    @NotNull
    int getWithinNewTies();

    void setWithinNewTies(int value);

    @NotNull
    int getWithinNewPeople();

    void setWithinNewPeople(int value);

    @NotNull
    int getAcrossExistingInteractions();

    void setAcrossExistingInteractions(int value);

    @NotNull
    int getAcrossExistingTies();

    void setAcrossExistingTies(int value);

    @NotNull
    int getAcrossExistingPeople();

    void setAcrossExistingPeople(int value);

    @NotNull
    int getAcrossNewInteractions();

    void setAcrossNewInteractions(int value);

    @NotNull
    int getAcrossNewTies();

    void setAcrossNewTies(int value);

    @NotNull
    int getAcrossNewPeople();

    void setAcrossNewPeople(int value);

    @NotNull
    int getExternalExistingInteractions();

    void setExternalExistingInteractions(int value);

    @NotNull
    int getExternalExistingTies();

    void setExternalExistingTies(int value);

    @NotNull
    int getExternalExistingPeople();

    void setExternalExistingPeople(int value);

    @NotNull
    int getExternalNewInteractions();

    void setExternalNewInteractions(int value);

    @NotNull
    int getExternalNewTies();

    void setExternalNewTies(int value);

    @NotNull
    int getExternalNewPeople();

    void setExternalNewPeople(int value);

    @NotNull
    int getInternalTies();

    void setInternalTies(int value);

    @NotNull
    int getExternalTies();

    void setExternalTies(int value);
}
