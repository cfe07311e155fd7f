package org.valuematrix.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Benefit evidence of one unit over one period (value-matrix.md, "Benefit evidence"): time to
 * first response and cycle time of work that crossed a team boundary against work that did not.
 * The figures show what goes with crossing boundaries; they do not show that crossing caused it.
 */
public final class Evidence {
    private final Comparison firstResponseByBoundary;
    private final Comparison cycleTimeByBoundary;

    public Evidence(Comparison firstResponseByBoundary, Comparison cycleTimeByBoundary) {
        this.firstResponseByBoundary = Objects.requireNonNull(firstResponseByBoundary, "firstResponseByBoundary");
        this.cycleTimeByBoundary = Objects.requireNonNull(cycleTimeByBoundary, "cycleTimeByBoundary");
    }

    /** @return the split of the unit's items by {@link WorkItem#crossedBoundary()} */
    public static Evidence of(UnitCounts counts) {
        return new Evidence(byBoundary(counts.firstResponses()), byBoundary(counts.cycles()));
    }

    /** @return work that did not cross a boundary as the reference, work that did as the compared sample */
    public static Comparison byBoundary(List<WorkItem> items) {
        List<WorkItem> crossed = new ArrayList<>();
        List<WorkItem> inside = new ArrayList<>();
        for (WorkItem item : items) {
            (item.crossedBoundary() ? crossed : inside).add(item);
        }
        return new Comparison(Sample.of(inside), Sample.of(crossed));
    }

    public Comparison firstResponseByBoundary() {
        return firstResponseByBoundary;
    }

    public Comparison cycleTimeByBoundary() {
        return cycleTimeByBoundary;
    }

    /**
     * @return {@code {"timeToFirstResponse": SPLIT, "cycleTime": SPLIT}}, a SPLIT being
     *     {@code {"crossedBoundary": {"medianHours","items"}, "withinTeam": {…}, "enoughData",
     *     "differenceHours"}} (crossed − within; null without enough data)
     */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("timeToFirstResponse", firstResponseByBoundary.toMap("withinTeam", "crossedBoundary"));
        out.put("cycleTime", cycleTimeByBoundary.toMap("withinTeam", "crossedBoundary"));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence && firstResponseByBoundary.equals(((Evidence) o).firstResponseByBoundary)
                && cycleTimeByBoundary.equals(((Evidence) o).cycleTimeByBoundary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstResponseByBoundary, cycleTimeByBoundary);
    }
}
