package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Target status: reached → on track; the day passed without reaching → off track; otherwise on
 * track when at least half of the next stage's criteria hold, else at risk.
 */
class TargetStatusTest {
    private static final LocalDate BY = LocalDate.parse("2027-06-30");

    static Stream<Arguments> statuses() {
        return Stream.of(
                arguments("reached exactly", 2, 2, 0, "2027-05-01", TargetStatus.ON_TRACK),
                arguments("beyond the target", 2, 3, 0, "2027-05-01", TargetStatus.ON_TRACK),
                arguments("reached, even after the day", 2, 2, 0, "2028-01-01", TargetStatus.ON_TRACK),
                arguments("the day after, not reached", 2, 1, 3, "2027-07-01", TargetStatus.OFF_TRACK),
                arguments("on the day itself, not reached, most criteria met", 2, 1, 2, "2027-06-30", TargetStatus.ON_TRACK),
                arguments("stage 1 of its 2 criteria met: half", 1, 0, 1, "2027-05-01", TargetStatus.ON_TRACK),
                arguments("stage 1 none of 2 met", 1, 0, 0, "2027-05-01", TargetStatus.AT_RISK),
                arguments("stage 2 with 2 of 3 met", 2, 1, 2, "2027-05-01", TargetStatus.ON_TRACK),
                arguments("stage 2 with 1 of 3 met", 2, 1, 1, "2027-05-01", TargetStatus.AT_RISK),
                arguments("two stages to go, next stage 2 of 3 met", 3, 1, 2, "2027-05-01", TargetStatus.ON_TRACK),
                arguments("two stages to go, next stage 0 of 2 met", 2, 0, 0, "2027-05-01", TargetStatus.AT_RISK),
                arguments("stage 3 with 1 of 2 met", 3, 2, 1, "2027-05-01", TargetStatus.ON_TRACK));
    }

    @ParameterizedTest(name = "{0}: target {1}, at {2} with {3} next criteria met on {4} → {5}")
    @MethodSource("statuses")
    void of_judgesTheTeamAgainstItsTarget(String why, int targetStage, int stage, int met, String today,
            TargetStatus expected) {
        Target target = new Target("eng", targetStage, BY);

        assertThat(TargetStatus.of(target, result(stage, met), LocalDate.parse(today))).isEqualTo(expected);
    }

    private static StageResult result(int stage, int met) {
        List<Criterion> next = new ArrayList<>();
        for (StageCriterion c : StageCriterion.values()) {
            if (c.stage() == stage + 1) {
                boolean isMet = next.size() < met;
                next.add(new Criterion(c, isMet ? 1.0 : 0.0, isMet ? 1.0 : 2.0, isMet));
            }
        }
        return new StageResult(stage, next);
    }
}
