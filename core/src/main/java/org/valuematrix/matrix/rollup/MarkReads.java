package org.valuematrix.matrix.rollup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import net.java.ao.Query;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.matrix.CellCounts;
import org.valuematrix.matrix.ao.AOPeriodMark;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.spi.EntityAccess;

/**
 * A week's or a month's cells and E-I ties for the organisation and every team, over every
 * container, from the period's marks ({@link AOPeriodMark}) summed in the database: one row per
 * unit instead of one per distinct pair. The figures are exactly {@link UnitFigures}'s over the
 * same tie rows.
 */
final class MarkReads {
    /** The figure columns' getters, in the order of {@link PeriodMarks#FIGURES}. */
    private static final List<ToIntFunction<AOPeriodMark>> GETTERS = List.of(
            AOPeriodMark::getWithinNewInteractions,
            AOPeriodMark::getWithinNewTies,
            AOPeriodMark::getWithinNewPeople,
            AOPeriodMark::getWithinExistingInteractions,
            AOPeriodMark::getWithinExistingTies,
            AOPeriodMark::getWithinExistingPeople,
            AOPeriodMark::getAcrossNewInteractions,
            AOPeriodMark::getAcrossNewTies,
            AOPeriodMark::getAcrossNewPeople,
            AOPeriodMark::getAcrossExistingInteractions,
            AOPeriodMark::getAcrossExistingTies,
            AOPeriodMark::getAcrossExistingPeople,
            AOPeriodMark::getExternalNewInteractions,
            AOPeriodMark::getExternalNewTies,
            AOPeriodMark::getExternalNewPeople,
            AOPeriodMark::getExternalExistingInteractions,
            AOPeriodMark::getExternalExistingTies,
            AOPeriodMark::getExternalExistingPeople,
            AOPeriodMark::getInternalTies,
            AOPeriodMark::getExternalTies);
    private static final String SUMS = sums();

    private final EntityAccess ao;

    MarkReads(EntityAccess ao) {
        this.ao = ao;
    }

    private static String sums() {
        List<String> out = new ArrayList<>();
        for (String column : PeriodMarks.FIGURES) {
            out.add("SUM(" + column + ") AS " + column);
        }
        return String.join(", ", out);
    }

    /**
     * @return the figures of {@code [fromDay, toDay)} by unit (null: the organisation), or null
     *     when the period does not start a week or a month, or when part of it (a week still
     *     running) would be counted with days after {@code toDay}: then the tie rows must be read
     */
    Marked read(long fromDay, long toDay) {
        String kind;
        int start = Math.toIntExact(fromDay);
        if (PeriodMarks.weekOf(start) == start && toDay <= PeriodMarks.end(PeriodMarks.WEEK, start)) {
            kind = PeriodMarks.WEEK;
        } else if (PeriodMarks.monthOf(start) == start && toDay <= PeriodMarks.end(PeriodMarks.MONTH, start)) {
            kind = PeriodMarks.MONTH;
        } else {
            return null;
        }
        Marked out = new Marked();
        ao.stream(AOPeriodMark.class, Query.select("UNIT, " + SUMS)
                .where("PERIOD_START = ? AND PERIOD_KIND = ?", start, kind).group("UNIT"), out::add);
        long end = PeriodMarks.end(kind, start);
        // Counted after the marks are read: a later day's row committed before this count may be
        // in them, one committed after it is not; and no day loses all its rows but by a rebuild
        // or an erasure, which delete every kept answer.
        if (toDay < end && ao.count(AOTieDay.class, Query.select("ID")
                .where("EPOCH_DAY >= ? AND EPOCH_DAY < ?", (int) toDay, (int) end)) > 0) {
            return null;
        }
        return out;
    }

    /** The marked figures of one period, by unit. */
    static final class Marked {
        private final Map<String, long[]> units = new HashMap<>();

        private void add(AOPeriodMark row) {
            long[] sums = units.computeIfAbsent(row.getUnit(), k -> new long[GETTERS.size()]);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += GETTERS.get(i).applyAsInt(row);
            }
        }

        /** @param unit a team key, or null for the organisation */
        Map<Scope, Map<Novelty, CellCounts>> cells(String unit) {
            long[] sums = units.getOrDefault(unit, new long[GETTERS.size()]);
            Map<Scope, Map<Novelty, CellCounts>> out = new EnumMap<>(Scope.class);
            int i = 0;
            for (Scope s : Scope.values()) {
                Map<Novelty, CellCounts> row = new EnumMap<>(Novelty.class);
                for (Novelty n : Novelty.values()) {
                    row.put(n, sums[i] == 0 ? CellCounts.EMPTY : new CellCounts(sums[i], sums[i + 1], sums[i + 2]));
                    i += 3;
                }
                out.put(s, row);
            }
            return out;
        }

        /** @return IL and EL of the E-I index */
        long[] eiTies(String unit) {
            long[] sums = units.getOrDefault(unit, new long[GETTERS.size()]);
            return new long[] {sums[sums.length - 2], sums[sums.length - 1]};
        }
    }
}
