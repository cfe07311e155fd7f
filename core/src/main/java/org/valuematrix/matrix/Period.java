package org.valuematrix.matrix;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The half-open interval [{@link #from()}, {@link #to()}) the matrix counts over, cut in whole
 * days of the organisation's time zone. Days start at local midnight (or the first instant after
 * it where a time-zone change skips midnight), so a week containing a daylight-saving change
 * lasts 167 or 169 hours, and a month or quarter is whatever its calendar days add up to.
 *
 * <p>Days far outside the calendar's range fail with {@link java.time.DateTimeException}; input
 * from outside should be limited to sensible years before it comes here.
 */
public final class Period {
    private final PeriodKind kind;
    private final LocalDate first;
    private final LocalDate end;
    private final ZoneId zone;

    private Period(PeriodKind kind, LocalDate first, LocalDate end, ZoneId zone) {
        this.kind = kind;
        this.first = first;
        this.end = end;
        this.zone = zone;
    }

    /**
     * @param kind week, month or quarter (a custom range has no calendar to snap to: see
     *     {@link #custom})
     * @param inside any day of the wanted period
     * @param zone the organisation's time zone
     * @param weekStart the organisation's first day of the week; only weeks use it
     * @return the period of {@code kind} containing {@code inside}: the week starting on the
     *     latest {@code weekStart} on or before it, or its calendar month or quarter
     * @throws IllegalArgumentException for {@link PeriodKind#CUSTOM}
     */
    public static Period of(PeriodKind kind, LocalDate inside, ZoneId zone, DayOfWeek weekStart) {
        Objects.requireNonNull(inside, "inside");
        Objects.requireNonNull(zone, "zone");
        switch (kind) {
            case WEEK:
                LocalDate start = inside.with(TemporalAdjusters.previousOrSame(weekStart));
                return new Period(kind, start, start.plusWeeks(1), zone);
            case MONTH:
                LocalDate month = inside.withDayOfMonth(1);
                return new Period(kind, month, month.plusMonths(1), zone);
            case QUARTER:
                LocalDate quarter = LocalDate.of(inside.getYear(), (inside.getMonthValue() - 1) / 3 * 3 + 1, 1);
                return new Period(kind, quarter, quarter.plusMonths(3), zone);
            default:
                throw new IllegalArgumentException("a custom period needs both of its days: use Period.custom");
        }
    }

    /**
     * @return the days {@code from} to {@code toInclusive}, both included
     * @throws IllegalArgumentException when {@code toInclusive} is before {@code from}
     */
    public static Period custom(LocalDate from, LocalDate toInclusive, ZoneId zone) {
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
        return new Period(PeriodKind.CUSTOM, from, toInclusive.plusDays(1), Objects.requireNonNull(zone, "zone"));
    }

    /**
     * @param n how many weeks, at least 1
     * @return the {@code n} weeks of a trend, oldest first, the last one containing {@code last}
     */
    public static List<Period> weeksEndingWith(int n, LocalDate last, ZoneId zone, DayOfWeek weekStart) {
        if (n < 1) {
            throw new IllegalArgumentException("a trend has at least one week");
        }
        List<Period> weeks = new ArrayList<>(n);
        Period week = of(PeriodKind.WEEK, last, zone, weekStart);
        for (int i = 0; i < n; i++) {
            weeks.add(week);
            week = week.previous();
        }
        Collections.reverse(weeks);
        return weeks;
    }

    /**
     * @return the period of the same kind that ends where this one starts: the week, calendar
     *     month or quarter before, or for a custom period as many days just before it
     */
    public Period previous() {
        switch (kind) {
            case WEEK:
                return new Period(kind, first.minusWeeks(1), first, zone);
            case MONTH:
                return new Period(kind, first.minusMonths(1), first, zone);
            case QUARTER:
                return new Period(kind, first.minusMonths(3), first, zone);
            default:
                return new Period(kind, first.minusDays(days()), first, zone);
        }
    }

    public PeriodKind kind() {
        return kind;
    }

    /** @return the first instant of the period (included) */
    public Instant from() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** @return the first instant after the period (excluded) */
    public Instant to() {
        return end.atStartOfDay(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }

    /** @return the period's first day in its time zone */
    public LocalDate firstDay() {
        return first;
    }

    /** @return the period's last day in its time zone (included) */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    /** @return the number of calendar days, whatever their hours (a DST week is 7 days) */
    public long days() {
        return ChronoUnit.DAYS.between(first, end);
    }

    /** @return the length in weeks, {@code days() / 7}, for per-week rates */
    public double weeks() {
        return days() / 7.0;
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from()) && at.isBefore(to());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Period)) {
            return false;
        }
        Period p = (Period) o;
        return kind == p.kind && first.equals(p.first) && end.equals(p.end) && zone.equals(p.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, first, end, zone);
    }

    @Override
    public String toString() {
        return kind.wire() + " " + first + ".." + lastDay() + " " + zone;
    }
}
