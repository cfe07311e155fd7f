package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.valuematrix.matrix.Counts.counts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * value-matrix.md, "Benefit evidence": medians of work that crossed a team boundary against work
 * that did not, with the items behind each, and "not enough data" below 20 items on either side.
 */
class EvidenceTest {

    static Stream<Arguments> splits() {
        return Stream.of(
                // 20 each: enough; crossed answered in 2 h, the rest in 5 h → −3 h
                arguments(20, 2, 20, 5, true, -3.0),
                arguments(25, 10, 40, 4, true, 6.0),
                // one side at 19: not enough data, no difference stated
                arguments(19, 2, 20, 5, false, null),
                arguments(30, 2, 19, 5, false, null),
                arguments(0, 0, 50, 5, false, null));
    }

    @ParameterizedTest(name = "{0} crossed at {1} h against {2} within at {3} h")
    @MethodSource("splits")
    void firstResponses_splitByBoundaryWithTheDifferenceOnlyWithEnoughItems(int crossed, int crossedHours,
            int within, int withinHours, boolean enough, Double difference) {
        UnitCounts counts = counts().firstResponses(crossed, Duration.ofHours(crossedHours), true)
                .firstResponses(within, Duration.ofHours(withinHours), false).build();

        Comparison target = Evidence.of(counts).firstResponseByBoundary();

        assertThat(target.compared()).isEqualTo(new Sample(crossed == 0 ? null : (double) crossedHours, crossed));
        assertThat(target.reference()).isEqualTo(new Sample((double) withinHours, within));
        assertThat(target.enoughData()).isEqualTo(enough);
        assertThat(target.differenceHours()).isEqualTo(difference);
    }

    @Test
    void eachSideIsItsOwnMedian() {
        List<WorkItem> items = new java.util.ArrayList<>();
        items.addAll(Counts.items(true, 1, 2, 3, 100));
        items.addAll(Counts.items(false, 7, 8, 9));

        Comparison target = Evidence.byBoundary(items);

        assertThat(target.compared()).isEqualTo(new Sample(2.5, 4));
        assertThat(target.reference()).isEqualTo(new Sample(8.0, 3));
    }

    @Test
    void cycleTimeIsSplitFromTheCyclesAlone() {
        UnitCounts counts = counts().cycles(20, Duration.ofDays(3), true).cycles(21, Duration.ofDays(5), false)
                .firstResponses(30, Duration.ofHours(1), true).build();

        Evidence target = Evidence.of(counts);

        assertThat(target.cycleTimeByBoundary().differenceHours()).isEqualTo(72.0 - 120.0);
        assertThat(target.firstResponseByBoundary().reference().items()).isZero();
        assertThat(target.firstResponseByBoundary().enoughData()).isFalse();
    }

    @Test
    void toMap_namesBothSidesTheirItemsAndTheDifference() {
        UnitCounts counts = counts().firstResponses(20, Duration.ofHours(2), true)
                .firstResponses(3, Duration.ofHours(6), false).build();

        Map<String, Object> target = Evidence.of(counts).toMap();

        assertThat(target).containsOnlyKeys("timeToFirstResponse", "cycleTime");
        @SuppressWarnings("unchecked")
        Map<String, Object> split = (Map<String, Object>) target.get("timeToFirstResponse");
        assertThat(split).containsEntry("crossedBoundary", Map.of("medianHours", 2.0, "items", 20L))
                .containsEntry("withinTeam", Map.of("medianHours", 6.0, "items", 3L))
                .containsEntry("enoughData", false).containsEntry("differenceHours", null);
    }
}
