package org.valuematrix.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.valuematrix.activity.Scope;

/**
 * A unit's stage (value-matrix.md, "Stages"): the highest stage whose criteria all hold, each
 * stage requiring every one below it.
 *
 * <ul>
 *   <li>1: participation ≥ threshold, and within-silo interactions per active member per week
 *       of the period (its days / 7) ≥ threshold;
 *   <li>2: E-I index, cross-team reach, and new cross-silo ties per member ≥ their thresholds;
 *   <li>3: external share ≥ threshold, and customer-facing activity in the period.
 * </ul>
 *
 * A value exactly at its threshold meets it. Whether a criterion holds is decided on the exact
 * counts (threshold × denominator against numerator, in decimal), never on a rounded ratio; an
 * undefined value (no members, no active member, no ties, no interactions) never holds.
 */
public final class Stages {
    private Stages() {
    }

    /**
     * @param metrics {@code Metrics.of(counts, members)}: the values the criteria report
     * @param counts the unit's aggregates over {@code period}
     * @param members the unit's members
     * @param period the period counted, whose length in weeks scales the within-silo criterion
     */
    public static StageResult evaluate(Metrics metrics, UnitCounts counts, long members, Period period,
            MatrixSettings settings) {
        List<Criterion> all = criteria(metrics, counts, members, period, settings);
        int stage = 0;
        while (stage < Stage.highest() && ofStage(all, stage + 1).stream().allMatch(Criterion::met)) {
            stage++;
        }
        return new StageResult(stage, stage < Stage.highest() ? ofStage(all, stage + 1) : List.of());
    }

    private static List<Criterion> ofStage(List<Criterion> all, int stage) {
        return all.stream().filter(c -> c.criterion().stage() == stage).collect(Collectors.toList());
    }

    /**
     * @return every criterion of every stage, in {@link StageCriterion} order, each with its value
     *     (null when undefined), its threshold and whether it holds; the parameters as for
     *     {@link #evaluate}
     */
    public static List<Criterion> criteria(Metrics metrics, UnitCounts counts, long members, Period period,
            MatrixSettings settings) {
        List<Criterion> out = new ArrayList<>();
        long active = counts.activeMembers();
        long within = counts.interactions(Scope.WITHIN);
        long all = counts.interactions();
        long external = counts.interactions(Scope.EXTERNAL);
        long el = counts.externalTies();
        long il = counts.internalTies();
        out.add(ratio(StageCriterion.PARTICIPATION, metrics.participation(), active, members, settings));
        Double perWeek = active == 0 || period.days() == 0 ? null : within / (double) active / period.weeks();
        // within / (active × days / 7) ≥ t  ⇔  7 × within ≥ t × active × days
        out.add(ratio(StageCriterion.WITHIN_INTERACTIONS, perWeek, 7 * within, active * period.days(), settings));
        // (EL − IL) / (EL + IL) ≥ t  ⇔  EL − IL ≥ t × (EL + IL), as EL + IL > 0
        out.add(ratio(StageCriterion.EI_INDEX, metrics.eiIndex(), el - il, el + il, settings));
        Long reach = metrics.crossTeamReach();
        double reachThreshold = StageCriterion.CROSS_TEAM_REACH.threshold(settings);
        out.add(new Criterion(StageCriterion.CROSS_TEAM_REACH, reach == null ? null : reach.doubleValue(),
                reachThreshold, reach != null && reach >= reachThreshold));
        Long ties = metrics.newCrossSiloTies();
        Double tiesPerMember = ties == null || members <= 0 ? null : ties / (double) members;
        out.add(ratio(StageCriterion.NEW_CROSS_SILO_TIES, tiesPerMember, counts.newCrossSiloTies(), members, settings));
        out.add(ratio(StageCriterion.EXTERNAL_SHARE, metrics.externalShare(), external, all, settings));
        boolean facing = counts.customerFacingActivity();
        out.add(new Criterion(StageCriterion.CUSTOMER_FACING_ACTIVITY, facing ? 1.0 : 0.0, 1, facing));
        return out;
    }

    /** A criterion on {@code numerator / denominator}, undefined when the denominator is not positive. */
    private static Criterion ratio(StageCriterion criterion, Double value, long numerator, long denominator,
            MatrixSettings settings) {
        double threshold = criterion.threshold(settings);
        boolean defined = value != null && denominator > 0;
        boolean met = defined && BigDecimal.valueOf(numerator)
                .compareTo(BigDecimal.valueOf(threshold).multiply(BigDecimal.valueOf(denominator))) >= 0;
        return new Criterion(criterion, defined ? value : null, threshold, met);
    }
}
