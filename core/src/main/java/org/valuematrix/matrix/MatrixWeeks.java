package org.valuematrix.matrix;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuematrix.matrix.rollup.Days;
import org.valuematrix.matrix.rollup.RollupReader;
import org.valuematrix.team.Team;

/**
 * Reads the weekly counts behind trends, the stage history and before/after evidence: one read
 * per week for every unit at once ({@link RollupReader#teams} for several teams,
 * {@link RollupReader#unit} for one and for the organisation), never one read per metric, unit
 * and week.
 */
public final class MatrixWeeks {
    private final RollupReader reader;

    public MatrixWeeks(RollupReader reader) {
        this.reader = reader;
    }

    /**
     * @param teams the teams to read besides the organisation, each of them visible to the viewer
     * @param organisation whether to read the organisation too
     * @param weeks how many weeks, the last one containing {@code today}
     * @param containers the viewer's visible containers, or null for every container
     * @param members by unit key (null: the organisation), the unit's members now
     */
    public WeeklyCounts read(List<Team> teams, boolean organisation, int weeks, LocalDate today, DayOfWeek weekStart,
            Set<String> containers, Map<String, Long> members) {
        ZoneId zone = reader.zone();
        List<Period> calendar = Period.weeksEndingWith(weeks, today, zone, weekStart);
        List<Period> counted = new ArrayList<>(weeks);
        Map<String, List<UnitCounts>> counts = new HashMap<>();
        if (organisation) {
            counts.put(null, new ArrayList<>(weeks));
        }
        teams.forEach(t -> counts.put(t.key(), new ArrayList<>(weeks)));
        for (Period week : calendar) {
            Period c = soFar(week, today);
            counted.add(c);
            long from = Days.of(c.from(), zone);
            long to = Days.of(c.to(), zone);
            // Every team first: that read keeps the organisation's answer too.
            if (teams.size() == 1) {
                counts.get(teams.get(0).key()).add(reader.unit(teams.get(0).key(), from, to, containers));
            } else if (!teams.isEmpty()) {
                Map<String, UnitCounts> all = reader.teams(from, to, containers);
                teams.forEach(t -> counts.get(t.key()).add(all.get(t.key())));
            }
            if (organisation) {
                counts.get(null).add(reader.unit(null, from, to, containers));
            }
        }
        return new WeeklyCounts(calendar, counted, counts, members);
    }

    /**
     * The part of a period up to today: a period still running is counted and judged on the days
     * it has had (a 28-day reach window ending in the future would look back at days to come).
     */
    static Period soFar(Period period, LocalDate today) {
        if (period.lastDay().isAfter(today) && !period.firstDay().isAfter(today)) {
            return Period.custom(period.firstDay(), today, period.zone());
        }
        return period;
    }
}
