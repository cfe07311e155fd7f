package org.valuematrix.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's benefit evidence as {@code /matrix} carries it (value-matrix.md, "Benefit evidence"):
 * the period's work that crossed a team boundary against work that did not ({@link Evidence}),
 * and for each stage the unit first reached in the weeks shown, the {@link BeforeAfter#WEEKS}
 * weeks before against the weeks from then on, from the same weekly counts as its stage history.
 */
public final class MatrixEvidence {
    private MatrixEvidence() {
    }

    /**
     * @param weekly the unit's weekly counts: the weeks shown, preceded by {@link BeforeAfter#WEEKS}
     *     more weeks, so that a stage first reached in the first week shown has its whole window before
     * @return for each stage 1–3 first reached in the weeks shown, in order; a stage the unit already
     *     held in the weeks read before them is left out (when it was first reached is not known)
     */
    public static List<BeforeAfter> beforeAfter(WeeklyCounts weekly, String unit, MatrixSettings settings) {
        List<Integer> stages = weekly.stages(unit, settings);
        List<BeforeAfter> out = new ArrayList<>();
        for (int stage = 1; stage <= Stage.highest(); stage++) {
            int first = -1;
            for (int i = 0; i < stages.size() && first < 0; i++) {
                if (stages.get(i) >= stage) {
                    first = i;
                }
            }
            if (first >= BeforeAfter.WEEKS) {
                out.add(new BeforeAfter(stage, weekly.weeks().get(first),
                        compare(weekly, unit, first, true), compare(weekly, unit, first, false)));
            }
        }
        return out;
    }

    /** @return the weeks before {@code first} as the reference, {@code first} and the weeks after as compared */
    private static Comparison compare(WeeklyCounts weekly, String unit, int first, boolean responses) {
        List<WorkItem> before = new ArrayList<>();
        List<WorkItem> after = new ArrayList<>();
        for (int i = first - BeforeAfter.WEEKS; i < first; i++) {
            before.addAll(items(weekly.counts(unit, i), responses));
        }
        for (int i = first; i < Math.min(weekly.size(), first + BeforeAfter.WEEKS); i++) {
            after.addAll(items(weekly.counts(unit, i), responses));
        }
        return new Comparison(Sample.of(before), Sample.of(after));
    }

    private static List<WorkItem> items(UnitCounts counts, boolean responses) {
        return responses ? counts.firstResponses() : counts.cycles();
    }

    /**
     * @return {@code {"timeToFirstResponse","cycleTime"}} as {@link Evidence#toMap()} and
     *     {@code "beforeAfter":[…]}, each {@link BeforeAfter#toMap()} with {@code "weeksAfter"}: how
     *     many of the {@link BeforeAfter#WEEKS} weeks after have been counted so far
     */
    public static Map<String, Object> toMap(UnitCounts period, List<BeforeAfter> beforeAfter, WeeklyCounts weekly) {
        Map<String, Object> out = new LinkedHashMap<>(Evidence.of(period).toMap());
        List<Map<String, Object>> list = new ArrayList<>();
        for (BeforeAfter b : beforeAfter) {
            Map<String, Object> m = new LinkedHashMap<>(b.toMap());
            int first = weekly.weeks().indexOf(b.firstWeek());
            m.put("weeksAfter", Math.min(BeforeAfter.WEEKS, weekly.size() - first));
            list.add(m);
        }
        out.put("beforeAfter", list);
        return out;
    }
}
