package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.valuematrix.matrix.Counts.counts;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;

/** value-matrix.md, "Metrics", as tables: each definition, and null exactly where it is undefined. */
class MetricsTest {

    static Stream<Arguments> eiIndexes() {
        return Stream.of(
                arguments("only internal ties: fully siloed", 0, 7, -1.0),
                arguments("as many external as internal ties", 3, 3, 0.0),
                arguments("only external ties: fully outward", 4, 0, 1.0),
                arguments("one external, four internal", 1, 4, -0.6),
                arguments("three external, one internal", 3, 1, 0.5),
                arguments("no ties at all: undefined", 0, 0, null));
    }

    @ParameterizedTest(name = "{0}: EL={1}, IL={2} → {3}")
    @MethodSource("eiIndexes")
    void eiIndex_isExternalMinusInternalOverAllTies(String why, long external, long internal, Double expected) {
        Metrics target = Metrics.of(counts().ties(external, internal).build(), 10);

        assertThat(target.eiIndex()).isEqualTo(expected);
    }

    static Stream<Arguments> rates() {
        return Stream.of(
                arguments(3, 1, 10, 0.3, 0.1),
                arguments(10, 10, 10, 1.0, 1.0),
                arguments(0, 0, 4, 0.0, 0.0),
                arguments(1, 1, 3, 1.0 / 3, 1.0 / 3),
                arguments(0, 0, 0, null, null));
    }

    @ParameterizedTest(name = "{0} active, {1} contributors of {2} members")
    @MethodSource("rates")
    void participationAndContributionRate_areShareOfMembers(long active, long contributors, long members,
            Double participation, Double contribution) {
        Metrics target = Metrics.of(counts().active(active).contributors(contributors).build(), members);

        assertThat(target.participation()).isEqualTo(participation);
        assertThat(target.contributionRate()).isEqualTo(contribution);
    }

    @Test
    void externalShare_isExternalInteractionsOverAllOfEveryCell() {
        UnitCounts counts = counts().interactions(Scope.WITHIN, Novelty.EXISTING, 12)
                .interactions(Scope.WITHIN, Novelty.NEW, 3).interactions(Scope.ACROSS, Novelty.NEW, 1)
                .interactions(Scope.EXTERNAL, Novelty.EXISTING, 2).interactions(Scope.EXTERNAL, Novelty.NEW, 2).build();

        assertThat(Metrics.of(counts, 5).externalShare()).isEqualTo(4.0 / 20);
    }

    @Test
    void externalShare_isUndefinedWithoutInteractions() {
        assertThat(Metrics.of(counts().active(3).build(), 5).externalShare()).isNull();
    }

    @Test
    void reachAndNewTies_areTheCounts() {
        Metrics target = Metrics.of(counts().reach(4).newCrossSiloTies(7).build(), 0);

        assertThat(target.crossTeamReach()).isEqualTo(4L);
        assertThat(target.newCrossSiloTies()).isEqualTo(7L);
    }

    @Test
    void timeMetrics_areMediansInHoursOfEveryItemWhateverItsBoundary() {
        UnitCounts counts = counts().firstResponses(2, Duration.ofHours(1), true)
                .firstResponses(1, Duration.ofHours(5), false).firstResponses(1, Duration.ofHours(9), false)
                .cycles(3, Duration.ofDays(2), false).build();

        Metrics target = Metrics.of(counts, 5);

        assertThat(target.timeToFirstResponseHours()).isEqualTo(3.0);
        assertThat(target.cycleTimeHours()).isEqualTo(48.0);
    }

    @Test
    void timeMetrics_areUndefinedWithoutItems() {
        Metrics target = Metrics.of(counts().build(), 5);

        assertThat(target.timeToFirstResponseHours()).isNull();
        assertThat(target.cycleTimeHours()).isNull();
    }

    @Test
    void toMap_namesEveryMetricAsTheRestAnswerDoesWithNullWhereUndefined() {
        Metrics target = Metrics.of(counts().active(1).reach(2).build(), 4);

        assertThat(target.toMap()).containsExactly(entry("participation", 0.25), entry("contributionRate", 0.0),
                entry("eiIndex", null), entry("crossTeamReach", 2L), entry("newCrossSiloTies", 0L),
                entry("externalShare", null), entry("timeToFirstResponseHours", null), entry("cycleTimeHours", null));
        assertThat(Metric.parse("eiIndex")).contains(Metric.EI_INDEX);
        assertThat(target.value(Metric.CROSS_TEAM_REACH)).isEqualTo(2L);
    }
}
