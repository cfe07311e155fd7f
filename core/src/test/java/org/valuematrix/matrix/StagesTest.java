package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.valuematrix.matrix.Counts.counts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;

/**
 * value-matrix.md, "Stages", with the default thresholds, starting from a team of 10 that sits
 * exactly on every threshold for one week (and so is at stage 3), then moving one count at a time.
 */
class StagesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Period WEEK = Period.of(PeriodKind.WEEK, LocalDate.parse("2026-06-10"), BERLIN,
            DayOfWeek.MONDAY);
    private static final long MEMBERS = 10;

    /**
     * 3 of 10 active (0.30); 3 within-silo interactions = 1 per active member in 1 week; EL 1, IL 4
     * → E-I −3/5 = −0.6; reach 3; 2 new cross-silo ties = 1 per 5 members; 2 external of 20
     * interactions (0.10); customer-facing activity.
     */
    private static Counts onEveryThreshold() {
        return counts().active(3).interactions(Scope.WITHIN, Novelty.EXISTING, 3)
                .interactions(Scope.ACROSS, Novelty.NEW, 15).interactions(Scope.EXTERNAL, Novelty.EXISTING, 2)
                .ties(1, 4).reach(3).newCrossSiloTies(2).customerFacing(true);
    }

    private static StageResult evaluate(UnitCounts counts, long members, Period period, MatrixSettings settings) {
        return Stages.evaluate(Metrics.of(counts, members), counts, members, period, settings);
    }

    private static StageResult evaluate(Counts counts) {
        return evaluate(counts.build(), MEMBERS, WEEK, MatrixSettings.defaults());
    }

    @Test
    void aTeamExactlyOnEveryThresholdMeetsThemAllAndHasNoNextStage() {
        StageResult target = evaluate(onEveryThreshold());

        assertThat(target.stage()).isEqualTo(3);
        assertThat(target.nextStage()).isEmpty();
        assertThat(target.nextCriteria()).isEmpty();
        assertThat(target.toMap()).containsEntry("stage", 3).containsEntry("next", null);
    }

    static Stream<Arguments> oneBelow() {
        return Stream.of(
                arguments("participation 2 of 10 = 0.2 < 0.3, though every higher criterion holds",
                        (UnaryOperator<Counts>) c -> c.active(2), 0),
                arguments("2 within-silo interactions for 3 active members in a week < 1 each",
                        (UnaryOperator<Counts>) c -> c.interactions(Scope.WITHIN, Novelty.EXISTING, 2), 0),
                arguments("E-I (1 − 5) / 6 = −0.667 < −0.6", (UnaryOperator<Counts>) c -> c.ties(1, 5), 1),
                arguments("reach 2 < 3", (UnaryOperator<Counts>) c -> c.reach(2), 1),
                arguments("1 new cross-silo tie for 10 members < 1 per 5", (UnaryOperator<Counts>) c -> c.newCrossSiloTies(1), 1),
                arguments("external 2 of 21 = 0.095 < 0.1",
                        (UnaryOperator<Counts>) c -> c.interactions(Scope.ACROSS, Novelty.NEW, 16), 2),
                arguments("no customer-facing activity", (UnaryOperator<Counts>) c -> c.customerFacing(false), 2),
                arguments("no ties at all: E-I undefined", (UnaryOperator<Counts>) c -> c.ties(0, 0), 1),
                arguments("nobody active: within-silo rate undefined", (UnaryOperator<Counts>) c -> c.active(0), 0));
    }

    @ParameterizedTest(name = "{0} → stage {2}")
    @MethodSource("oneBelow")
    void aCriterionJustBelowItsThresholdStopsTheJourneyThere(String why, UnaryOperator<Counts> change, int stage) {
        StageResult target = evaluate(change.apply(onEveryThreshold()));

        assertThat(target.stage()).isEqualTo(stage);
        assertThat(target.nextStage()).contains(stage + 1);
        assertThat(target.nextCriteria()).isNotEmpty().allMatch(c -> c.criterion().stage() == stage + 1);
        assertThat(target.nextCriteria()).anyMatch(c -> !c.met());
    }

    @Test
    void theNextStageListsEachCriterionWithValueAndThreshold() {
        StageResult target = evaluate(onEveryThreshold().ties(1, 5).reach(5).newCrossSiloTies(1));

        assertThat(target.stage()).isEqualTo(1);
        assertThat(target.nextCriteria()).containsExactly(
                new Criterion(StageCriterion.EI_INDEX, -4.0 / 6, -0.6, false),
                new Criterion(StageCriterion.CROSS_TEAM_REACH, 5.0, 3, true),
                new Criterion(StageCriterion.NEW_CROSS_SILO_TIES, 0.1, 0.2, false));
        assertThat(target.nextCriteriaMet()).isEqualTo(1);
        assertThat(target.nextCriteria().get(0).toMap()).containsEntry("metric", "eiIndex")
                .containsEntry("threshold", -0.6).containsEntry("met", false);
    }

    @Test
    void stageZeroListsStageOnesCriteriaWithUndefinedValuesAsNullAndNotMet() {
        StageResult target = evaluate(counts().build(), 0, WEEK, MatrixSettings.defaults());

        assertThat(target.stage()).isZero();
        assertThat(target.nextCriteria()).containsExactly(
                new Criterion(StageCriterion.PARTICIPATION, null, 0.3, false),
                new Criterion(StageCriterion.WITHIN_INTERACTIONS, null, 1.0, false));
    }

    @Test
    void stageTwoListsExternalShareAndCustomerFacingActivity() {
        StageResult target = evaluate(onEveryThreshold().customerFacing(false));

        assertThat(target.nextCriteria()).containsExactly(
                new Criterion(StageCriterion.EXTERNAL_SHARE, 0.1, 0.1, true),
                new Criterion(StageCriterion.CUSTOMER_FACING_ACTIVITY, 0.0, 1, false));
    }

    static Stream<Arguments> withinRates() {
        Period april = Period.of(PeriodKind.MONTH, LocalDate.parse("2026-04-15"), BERLIN, DayOfWeek.MONDAY);
        Period springWeek = Period.of(PeriodKind.WEEK, LocalDate.parse("2026-03-29"), BERLIN, DayOfWeek.MONDAY);
        Period tenDays = Period.custom(LocalDate.parse("2026-03-25"), LocalDate.parse("2026-04-03"), BERLIN);
        return Stream.of(
                // April: 30 days = 30/7 weeks; 7 active members need 7 × 30/7 = 30 interactions
                arguments(april, 7, 30, 1.0, true),
                arguments(april, 7, 29, 1.0, false),
                // at 1.5: 7 × 1.5 × 30/7 = 45
                arguments(april, 7, 45, 1.5, true),
                arguments(april, 7, 44, 1.5, false),
                // at 1.1 over 10 days: 7 × 1.1 × 10/7 = 11 exactly, though 11 / 7 / (10 / 7.0) is
                // 1.0999999999999999 in binary
                arguments(tenDays, 7, 11, 1.1, true),
                arguments(tenDays, 7, 10, 1.1, false),
                // a 167-hour week is still one week
                arguments(springWeek, 4, 4, 1.0, true),
                arguments(springWeek, 4, 3, 1.0, false),
                // 10 days: 3 active need 3 × 10/7 = 4.29 → 5
                arguments(tenDays, 3, 5, 1.0, true),
                arguments(tenDays, 3, 4, 1.0, false));
    }

    @ParameterizedTest(name = "{0}: {2} within-silo interactions of {1} active, needs {3} per member per week → {4}")
    @MethodSource("withinRates")
    void withinSiloRateCountsThePeriodsDaysOverSeven(Period period, long active, long within, double threshold,
            boolean met) {
        UnitCounts counts = counts().active(active).interactions(Scope.WITHIN, Novelty.EXISTING, within).build();

        MatrixSettings settings = MatrixSettings.defaults().withWithinInteractionsPerActiveMemberPerWeek(threshold);

        StageResult target = evaluate(counts, MEMBERS, period, settings);

        Criterion criterion = Stages.criteria(Metrics.of(counts, MEMBERS), counts, MEMBERS, period, settings).get(1);
        assertThat(criterion.criterion()).isEqualTo(StageCriterion.WITHIN_INTERACTIONS);
        assertThat(criterion.met()).isEqualTo(met);
        // per active member per week = within / active / (days / 7)
        assertThat(criterion.value()).isCloseTo(within * 7.0 / (active * period.days()), offset(1e-12));
        assertThat(target.stage()).isEqualTo(met ? 1 : 0);
    }

    static Stream<Arguments> adminThresholds() {
        return Stream.of(
                arguments(MatrixSettings.defaults().withParticipation(0.35), 7L, 20L, true),
                arguments(MatrixSettings.defaults().withParticipation(0.35), 6L, 20L, false),
                arguments(MatrixSettings.defaults().withParticipation(0.07), 7L, 100L, true),
                arguments(MatrixSettings.defaults().withParticipation(1.0), 20L, 20L, true),
                arguments(MatrixSettings.defaults().withParticipation(1.0), 19L, 20L, false));
    }

    @ParameterizedTest(name = "{1} of {2} active against {0}")
    @MethodSource("adminThresholds")
    void participationExactlyAtAnAdminsThresholdMeetsIt(MatrixSettings settings, long active, long members,
            boolean met) {
        UnitCounts counts = counts().active(active).interactions(Scope.WITHIN, Novelty.EXISTING, active).build();

        StageResult target = evaluate(counts, members, WEEK, settings);

        assertThat(Stages.criteria(Metrics.of(counts, members), counts, members, WEEK, settings).get(0).met())
                .isEqualTo(met);
        assertThat(target.stage()).isEqualTo(met ? 1 : 0);
    }

    @Test
    void thresholdsComeFromTheSettings() {
        MatrixSettings strict = MatrixSettings.defaults().withEiIndex(0).withCrossTeamReach(6)
                .withNewCrossSiloTiesPerMember(0.5).withExternalShare(0.5);

        StageResult target = evaluate(onEveryThreshold().build(), MEMBERS, WEEK, strict);

        assertThat(target.stage()).isEqualTo(1);
        assertThat(target.nextCriteria()).extracting(Criterion::threshold).containsExactly(0.0, 6.0, 0.5);
    }
}
