package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Periods as the issue defines them: a date inside snaps to the start of its week, month or
 * quarter in the organisation's time zone; days start at local midnight, so weeks across a
 * daylight-saving change last 167 or 169 hours.
 */
class PeriodTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId UTC = ZoneOffset.UTC;

    static Stream<Arguments> periods() {
        return Stream.of(
                // 2026-03-29: Berlin springs forward at 02:00 (CET +01 → CEST +02)
                arguments(PeriodKind.WEEK, "2026-03-29", BERLIN, DayOfWeek.MONDAY,
                        "2026-03-22T23:00:00Z", "2026-03-29T22:00:00Z", 167),
                // 2026-10-25: Berlin falls back at 03:00 (CEST → CET)
                arguments(PeriodKind.WEEK, "2026-10-21", BERLIN, DayOfWeek.MONDAY,
                        "2026-10-18T22:00:00Z", "2026-10-25T23:00:00Z", 169),
                // 2026-03-08: New York springs forward (EST -05 → EDT -04)
                arguments(PeriodKind.WEEK, "2026-03-04", NEW_YORK, DayOfWeek.MONDAY,
                        "2026-03-02T05:00:00Z", "2026-03-09T04:00:00Z", 167),
                arguments(PeriodKind.WEEK, "2026-03-08", NEW_YORK, DayOfWeek.SUNDAY,
                        "2026-03-08T05:00:00Z", "2026-03-15T04:00:00Z", 167),
                // 2026-11-01: New York falls back
                arguments(PeriodKind.WEEK, "2026-11-07", NEW_YORK, DayOfWeek.SUNDAY,
                        "2026-11-01T04:00:00Z", "2026-11-08T05:00:00Z", 169),
                arguments(PeriodKind.WEEK, "2026-11-01", NEW_YORK, DayOfWeek.SATURDAY,
                        "2026-10-31T04:00:00Z", "2026-11-07T05:00:00Z", 169),
                // a week without a change, each week start
                arguments(PeriodKind.WEEK, "2026-06-10", BERLIN, DayOfWeek.MONDAY,
                        "2026-06-07T22:00:00Z", "2026-06-14T22:00:00Z", 168),
                arguments(PeriodKind.WEEK, "2026-06-10", BERLIN, DayOfWeek.WEDNESDAY,
                        "2026-06-09T22:00:00Z", "2026-06-16T22:00:00Z", 168),
                arguments(PeriodKind.WEEK, "2026-06-10", BERLIN, DayOfWeek.THURSDAY,
                        "2026-06-03T22:00:00Z", "2026-06-10T22:00:00Z", 168),
                arguments(PeriodKind.WEEK, "2026-06-10", UTC, DayOfWeek.SUNDAY,
                        "2026-06-07T00:00:00Z", "2026-06-14T00:00:00Z", 168),
                // months and quarters are calendar ones; March in Berlin loses an hour
                arguments(PeriodKind.MONTH, "2026-03-31", BERLIN, DayOfWeek.MONDAY,
                        "2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z", 31 * 24 - 1),
                arguments(PeriodKind.MONTH, "2028-02-29", UTC, DayOfWeek.MONDAY,
                        "2028-02-01T00:00:00Z", "2028-03-01T00:00:00Z", 29 * 24),
                arguments(PeriodKind.QUARTER, "2026-11-15", NEW_YORK, DayOfWeek.MONDAY,
                        "2026-10-01T04:00:00Z", "2027-01-01T05:00:00Z", 92 * 24 + 1),
                arguments(PeriodKind.QUARTER, "2026-01-01", UTC, DayOfWeek.MONDAY,
                        "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", 90 * 24));
    }

    @ParameterizedTest(name = "{0} of {1} in {2}, weeks from {3}")
    @MethodSource("periods")
    void of_snapsToThePeriodStartInTheOrganisationsZone(PeriodKind kind, String inside, ZoneId zone,
            DayOfWeek weekStart, String from, String to, long hours) {
        Period target = Period.of(kind, LocalDate.parse(inside), zone, weekStart);

        assertThat(target.kind()).isEqualTo(kind);
        assertThat(target.from()).isEqualTo(Instant.parse(from));
        assertThat(target.to()).isEqualTo(Instant.parse(to));
        assertThat(Duration.between(target.from(), target.to()).toHours()).isEqualTo(hours);
    }

    @Test
    void aWeekAcrossADstChangeIsStillSevenDaysLong() {
        Period target = Period.of(PeriodKind.WEEK, LocalDate.parse("2026-03-29"), BERLIN, DayOfWeek.MONDAY);

        assertThat(target.days()).isEqualTo(7);
        assertThat(target.weeks()).isEqualTo(1.0);
        assertThat(target.firstDay()).isEqualTo(LocalDate.parse("2026-03-23"));
        assertThat(target.lastDay()).isEqualTo(LocalDate.parse("2026-03-29"));
    }

    static Stream<Arguments> previous() {
        return Stream.of(
                // the week before the Berlin spring change is a plain 168 hours
                arguments(Period.of(PeriodKind.WEEK, LocalDate.parse("2026-03-30"), BERLIN, DayOfWeek.MONDAY),
                        "2026-03-22T23:00:00Z", "2026-03-29T22:00:00Z"),
                arguments(Period.of(PeriodKind.MONTH, LocalDate.parse("2026-03-15"), BERLIN, DayOfWeek.MONDAY),
                        "2026-01-31T23:00:00Z", "2026-02-28T23:00:00Z"),
                arguments(Period.of(PeriodKind.MONTH, LocalDate.parse("2026-01-15"), UTC, DayOfWeek.MONDAY),
                        "2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z"),
                arguments(Period.of(PeriodKind.QUARTER, LocalDate.parse("2026-02-01"), UTC, DayOfWeek.MONDAY),
                        "2025-10-01T00:00:00Z", "2026-01-01T00:00:00Z"),
                // custom: the same number of days (10, 2026-03-25..04-03) just before: 03-15..03-24
                arguments(Period.custom(LocalDate.parse("2026-03-25"), LocalDate.parse("2026-04-03"), BERLIN),
                        "2026-03-14T23:00:00Z", "2026-03-24T23:00:00Z"));
    }

    @ParameterizedTest(name = "before {0}")
    @MethodSource("previous")
    void previous_isTheSameKindJustBefore(Period target, String from, String to) {
        Period previous = target.previous();

        assertThat(previous.kind()).isEqualTo(target.kind());
        assertThat(previous.from()).isEqualTo(Instant.parse(from));
        assertThat(previous.to()).isEqualTo(Instant.parse(to)).isEqualTo(target.from());
    }

    @Test
    void custom_includesBothDays() {
        Period target = Period.custom(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-01"), NEW_YORK);

        assertThat(target.kind()).isEqualTo(PeriodKind.CUSTOM);
        assertThat(target.from()).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        assertThat(target.to()).isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
        assertThat(target.days()).isEqualTo(1);
        assertThat(target.contains(Instant.parse("2026-11-02T04:59:59Z"))).isTrue();
        assertThat(target.contains(Instant.parse("2026-11-02T05:00:00Z"))).isFalse();
        assertThat(target.contains(Instant.parse("2026-11-01T03:59:59Z"))).isFalse();
    }

    @Test
    void custom_refusesAnEndBeforeItsStart() {
        assertThatThrownBy(() -> Period.custom(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-01"), UTC))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_refusesCustom() {
        assertThatThrownBy(() -> Period.of(PeriodKind.CUSTOM, LocalDate.parse("2026-11-02"), UTC, DayOfWeek.MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weeksEndingWith_listsTheTrendsWeeksOldestFirstAcrossAChange() {
        List<Period> target = Period.weeksEndingWith(3, LocalDate.parse("2026-04-01"), BERLIN, DayOfWeek.MONDAY);

        assertThat(target).extracting(Period::firstDay).containsExactly(
                LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-23"), LocalDate.parse("2026-03-30"));
        assertThat(target).extracting(p -> Duration.between(p.from(), p.to()).toHours()).containsExactly(168L, 167L, 168L);
        assertThat(target.get(0).to()).isEqualTo(target.get(1).from());
        assertThat(target.get(1).to()).isEqualTo(target.get(2).from());
    }

    @Test
    void weeksEndingWith_needsAtLeastOneWeek() {
        assertThatThrownBy(() -> Period.weeksEndingWith(0, LocalDate.parse("2026-04-01"), UTC, DayOfWeek.MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void aWeekStartsOnTheWeekStartAndHoldsTheDay(@ForAll("days") LocalDate day, @ForAll DayOfWeek weekStart,
            @ForAll("zones") ZoneId zone) {
        Period target = Period.of(PeriodKind.WEEK, day, zone, weekStart);

        assertThat(target.firstDay().getDayOfWeek()).isEqualTo(weekStart);
        assertThat(target.days()).isEqualTo(7);
        assertThat(target.contains(day.atStartOfDay(zone).toInstant())).isTrue();
        assertThat(target.from()).isEqualTo(target.firstDay().atStartOfDay(zone).toInstant());
        assertThat(target.previous().to()).isEqualTo(target.from());
        assertThat(Duration.between(target.from(), target.to()).toHours()).isBetween(167L, 169L);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.parse("2000-01-01").toEpochDay(),
                LocalDate.parse("2040-12-31").toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(BERLIN, NEW_YORK, UTC, ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Sao_Paulo"));
    }
}
