package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeWindowsTest {
    private static final long HOUR = TimeWindows.FIRST_MILLIS;

    @ParameterizedTest(name = "{0} of 26 found: {1}× wider")
    @CsvSource({
        "0, 64",   // nothing yet: as wide a step as allowed
        "1, 52",   // one row an hour: 26 need about 26 hours, twice that for safety
        "2, 26",
        "4, 13",
        "7, 8",    // close to full: at least eightfold, or pages crawl through tiny windows
        "25, 8"})
    void next_shouldAimAtTwiceTheWidthTheRowsFoundSuggest(int found, long factor) {
        assertThat(TimeWindows.next(HOUR, found, 26)).isEqualTo(HOUR * factor);
    }

    @Test
    void next_shouldNeverPassTheLastWidth() {
        long width = HOUR;
        int steps = 0;
        while (width < TimeWindows.LAST_MILLIS) {
            width = TimeWindows.next(width, 0, 26);
            steps++;
        }

        assertThat(width).isEqualTo(TimeWindows.LAST_MILLIS);
        assertThat(steps).as("64 h, 4,096 h, then ten years: four statements for an empty stream").isEqualTo(3);
    }

    @Test
    void first_shouldBeAnHourButADayForATeamWhoseEventsAreAFewInAHundred() {
        StreamFilter team = new StreamFilter(Set.of("eng"), Set.of(), Set.of(), Set.of(), Set.of(), null, null, 25, null);

        assertThat(TimeWindows.first(StreamFilter.latest(25))).isEqualTo(HOUR);
        assertThat(TimeWindows.first(team)).isEqualTo(24 * HOUR);
    }
}
