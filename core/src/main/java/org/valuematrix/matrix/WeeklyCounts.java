package org.valuematrix.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Each week's counts of the organisation (key null) and some teams, read once ({@link MatrixWeeks})
 * and the source of every weekly series: the metrics' trends, the stage history and the samples
 * of before/after evidence. Weeks are calendar weeks of the organisation, oldest first; the
 * running week is counted up to today. Made for one answer, never shared between threads.
 */
public final class WeeklyCounts {
    private final List<Period> weeks;
    private final List<Period> counted;
    private final Map<String, List<UnitCounts>> counts;
    private final Map<String, Long> members;
    /** Each unit's metrics by week, computed once: medians sort their items. */
    private final Map<String, List<Metrics>> metrics = new java.util.HashMap<>();

    /**
     * @param weeks the calendar weeks, oldest first
     * @param counted each week as counted (the running one up to today), in the same order
     * @param counts by unit key (null: the organisation), one entry per week in the same order
     * @param members by unit key, the unit's members now
     */
    public WeeklyCounts(List<Period> weeks, List<Period> counted, Map<String, List<UnitCounts>> counts,
            Map<String, Long> members) {
        if (weeks.size() != counted.size()) {
            throw new IllegalArgumentException("one counted period per week");
        }
        for (List<UnitCounts> series : counts.values()) {
            if (series.size() != weeks.size()) {
                throw new IllegalArgumentException("one count per week and unit");
            }
        }
        this.weeks = List.copyOf(weeks);
        this.counted = List.copyOf(counted);
        this.counts = counts;
        this.members = members;
    }

    public List<Period> weeks() {
        return weeks;
    }

    public int size() {
        return weeks.size();
    }

    /** @return the unit keys read, null for the organisation */
    public Set<String> units() {
        return counts.keySet();
    }

    /** @throws IllegalArgumentException for a unit that was not read */
    public UnitCounts counts(String unit, int week) {
        return series(unit).get(week);
    }

    public long members(String unit) {
        series(unit);
        return members.getOrDefault(unit, 0L);
    }

    /** @return the metric's value for each week, null where it is undefined (a gap, never a zero) */
    public List<Number> trend(String unit, Metric metric) {
        List<Number> out = new ArrayList<>(size());
        for (Metrics m : metrics(unit)) {
            out.add(m.value(metric));
        }
        return out;
    }

    /** @return the unit's stage (0–3) in each week, judged on that week's counts as {@link Stages} does */
    public List<Integer> stages(String unit, MatrixSettings settings) {
        List<Integer> out = new ArrayList<>(size());
        long m = members(unit);
        List<UnitCounts> series = series(unit);
        List<Metrics> values = metrics(unit);
        for (int i = 0; i < series.size(); i++) {
            out.add(Stages.evaluate(values.get(i), series.get(i), m, counted.get(i), settings).stage());
        }
        return out;
    }

    private List<Metrics> metrics(String unit) {
        List<Metrics> cached = metrics.get(unit);
        if (cached == null) {
            long m = members(unit);
            cached = new ArrayList<>(size());
            for (UnitCounts c : series(unit)) {
                cached.add(Metrics.of(c, m));
            }
            metrics.put(unit, cached);
        }
        return cached;
    }

    /** @return the last {@code n} weeks (all of them when there are fewer) */
    public WeeklyCounts last(int n) {
        int from = Math.max(0, size() - n);
        Map<String, List<UnitCounts>> cut = new java.util.HashMap<>();
        counts.forEach((k, v) -> cut.put(k, v.subList(from, v.size())));
        return new WeeklyCounts(weeks.subList(from, size()), counted.subList(from, size()), cut, members);
    }

    private List<UnitCounts> series(String unit) {
        List<UnitCounts> s = counts.get(unit);
        if (s == null) {
            throw new IllegalArgumentException("unit not read: " + Objects.toString(unit, "organisation"));
        }
        return s;
    }
}
