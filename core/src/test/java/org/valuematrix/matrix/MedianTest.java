package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Medians as value-matrix.md's time metrics use them: odd count → middle, even → mean of the two middle. */
class MedianTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                arguments(new double[] {4}, 4.0),
                arguments(new double[] {9, 1, 5}, 5.0),
                arguments(new double[] {3, 1, 2, 10, 7}, 3.0),
                arguments(new double[] {1, 3}, 2.0),
                arguments(new double[] {10, 1, 4, 2}, 3.0),
                arguments(new double[] {5, 5, 1, 8}, 5.0),
                arguments(new double[] {0.5, 0.25}, 0.375));
    }

    @ParameterizedTest(name = "median of {0} is {1}")
    @MethodSource("samples")
    void of_takesTheMiddleOrTheMeanOfTheTwoMiddleValues(double[] values, double median) {
        assertThat(Median.of(values)).isEqualTo(median);
    }

    @Test
    void of_isUndefinedWithoutValues() {
        assertThat(Median.of()).isNull();
        assertThat(Median.hours(List.of())).isNull();
    }

    @Test
    void hours_readsDurationsInHoursWithTheirFractions() {
        List<WorkItem> items = List.of(new WorkItem(Duration.ofMinutes(90), false),
                new WorkItem(Duration.ofHours(3), true), new WorkItem(Duration.ofMinutes(30), false),
                new WorkItem(Duration.ofHours(100), true));

        assertThat(Median.hours(items)).isEqualTo((1.5 + 3.0) / 2);
    }
}
