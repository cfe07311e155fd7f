package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.matrix.Counts.counts;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** value-matrix.md, "Before / after": the two medians in the 12 weeks before and after a team first reached a stage. */
class BeforeAfterTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Period FIRST_WEEK = Period.of(PeriodKind.WEEK, LocalDate.parse("2026-03-11"), NEW_YORK,
            DayOfWeek.MONDAY);

    @Test
    void windows_areTheTwelveWeeksBeforeTheFirstWeekAndTheTwelveFromIt() {
        Period before = BeforeAfter.windowBefore(FIRST_WEEK);
        Period after = BeforeAfter.windowAfter(FIRST_WEEK);

        assertThat(before.firstDay()).isEqualTo(LocalDate.parse("2025-12-15"));
        assertThat(before.lastDay()).isEqualTo(LocalDate.parse("2026-03-08"));
        assertThat(before.to()).isEqualTo(FIRST_WEEK.from()).isEqualTo(after.from());
        assertThat(after.lastDay()).isEqualTo(LocalDate.parse("2026-05-31"));
        assertThat(before.days()).isEqualTo(84);
        assertThat(after.days()).isEqualTo(84);
    }

    @Test
    void of_comparesAfterAgainstBeforeForBothMedians() {
        UnitCounts before = counts().firstResponses(20, Duration.ofHours(10), false)
                .cycles(40, Duration.ofDays(6), true).build();
        UnitCounts after = counts().firstResponses(30, Duration.ofHours(4), true)
                .cycles(10, Duration.ofDays(2), false).build();

        BeforeAfter target = BeforeAfter.of(2, FIRST_WEEK, before, after);

        assertThat(target.firstResponse().reference()).isEqualTo(new Sample(10.0, 20));
        assertThat(target.firstResponse().compared()).isEqualTo(new Sample(4.0, 30));
        assertThat(target.firstResponse().differenceHours()).isEqualTo(-6.0);
        assertThat(target.cycleTime().enoughData()).isFalse();
        assertThat(target.cycleTime().differenceHours()).isNull();
        assertThat(target.toMap()).containsEntry("stage", 2).containsEntry("reached", "2026-03-09");
    }
}
