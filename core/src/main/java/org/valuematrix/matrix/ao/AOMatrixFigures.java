package org.valuematrix.matrix.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A rollup read's answer, kept so the next identical read (a page's 52 weekly trends, the
 * previous period) costs one row instead of a pass over the period's rollup rows.
 *
 * <p>{@code CACHE_KEY} is a digest of everything the answer depends on besides the rollup rows:
 * what was asked (unit, every team or the edges), the period, the viewer's whole visible set,
 * the organisation's time zone and the team catalog (teams, kinds, container owners), so a
 * change of any of these asks for another row and never meets a stale one. The rollup rows
 * of days {@code [DEPENDS_FROM, TO_DAY)} are the rest: every transaction that changes one of
 * them deletes the rows whose range holds its day, in the same transaction (see
 * {@code org.valuematrix.matrix.rollup.FiguresCache}). A row is written empty ({@code FILLED}
 * false) before its answer is computed and filled afterwards only if it still exists, so an
 * answer computed while a change was being committed is never kept.
 */
@Table("MATRIX_FIGURES")
@Indexes({
    @Index(name = "cache_key", methodNames = {"getCacheKey"}),
    @Index(name = "to_day", methodNames = {"getToDay"}),
    @Index(name = "created", methodNames = {"getCreatedAt"})
})
public interface AOMatrixFigures extends Entity {
    @NotNull
    @StringLength(40)
    String getCacheKey();

    void setCacheKey(String key);

    /** The first epoch day whose rollup rows the answer read (a team's reach looks back 28 days). */
    @NotNull
    int getDependsFrom();

    void setDependsFrom(int day);

    /** The day after the last one the answer read. */
    @NotNull
    int getToDay();

    void setToDay(int day);

    @NotNull
    boolean isFilled();

    void setFilled(boolean filled);

    /** Epoch milliseconds; rows are dropped after a week, whatever happened to them. */
    @NotNull
    long getCreatedAt();

    void setCreatedAt(long at);

    /** The encoded answer; null until filled. */
    @StringLength(StringLength.UNLIMITED)
    String getFigures();

    void setFigures(String figures);
}
