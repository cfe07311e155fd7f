package org.valuematrix.matrix;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.valuematrix.rest.BadRequestException;

/**
 * The parameters of a matrix read ({@code period}, {@code from}, {@code to}, {@code team}),
 * checked all at once: every bad one is named in the 400. {@code from} is a date inside the
 * first period (default today in the organisation's time zone), snapped to that period's start;
 * {@code to} (inclusive) makes a custom range from {@code from}.
 */
public final class MatrixQuery {
    /** The longest custom range: three years, the stage history's reach. */
    static final long MAX_CUSTOM_DAYS = 3 * 366;

    private final Period period;
    private final Optional<String> team;

    private MatrixQuery(Period period, Optional<String> team) {
        this.period = period;
        this.team = team;
    }

    public static MatrixQuery of(Period period, String team) {
        return new MatrixQuery(period, Optional.ofNullable(team));
    }

    /**
     * @param params the query parameters, each with its values
     * @throws BadRequestException naming each bad parameter
     */
    public static MatrixQuery parse(Map<String, List<String>> params, LocalDate today, ZoneId zone, DayOfWeek weekStart) {
        Map<String, String> errors = new LinkedHashMap<>();
        String periodText = single(params, "period", errors);
        PeriodKind kind = PeriodKind.MONTH;
        if (periodText != null) {
            kind = kindOf(periodText);
            if (kind == null) {
                errors.put("period", "must be week, month or quarter");
            }
        }
        LocalDate from = date(params, "from", errors);
        LocalDate to = date(params, "to", errors);
        String team = single(params, "team", errors);
        Period period = null;
        if (errors.isEmpty()) {
            if (to != null) {
                LocalDate start = from == null ? to : from;
                if (to.isBefore(start)) {
                    errors.put("to", "must not be before from");
                } else if (to.toEpochDay() - start.toEpochDay() >= MAX_CUSTOM_DAYS) {
                    errors.put("to", "a custom range spans at most " + MAX_CUSTOM_DAYS + " days");
                } else {
                    period = Period.custom(start, to, zone);
                }
            } else {
                period = Period.of(kind, from == null ? today : from, zone, weekStart);
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return new MatrixQuery(period, Optional.ofNullable(team));
    }

    public Period period() {
        return period;
    }

    public Optional<String> team() {
        return team;
    }

    private static PeriodKind kindOf(String text) {
        for (PeriodKind k : PeriodKind.values()) {
            if (k != PeriodKind.CUSTOM && k.name().toLowerCase(Locale.ROOT).equals(text)) {
                return k;
            }
        }
        return null;
    }

    static String single(Map<String, List<String>> params, String name, Map<String, String> errors) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            errors.put(name, "must be given once");
            return null;
        }
        // A form's empty field means "not given".
        String value = values.get(0);
        return value == null || value.isBlank() ? null : value;
    }

    private static LocalDate date(Map<String, List<String>> params, String name, Map<String, String> errors) {
        String text = single(params, name, errors);
        if (text == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text);
            if (d.getYear() < 2000 || d.getYear() > 2999) {
                errors.put(name, "must be a date between 2000-01-01 and 2999-12-31");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.put(name, "must be a date as YYYY-MM-DD");
            return null;
        }
    }
}
