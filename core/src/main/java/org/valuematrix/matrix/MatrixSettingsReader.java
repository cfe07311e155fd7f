package org.valuematrix.matrix;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.valuematrix.rest.Problems;

/** Reads {@link MatrixSettings} from a Jackson map, collecting a problem for each bad field before refusing. */
final class MatrixSettingsReader {
    static final int MAX_TARGETS = 1000;
    // The key rule of teams (TeamsResource): a target of any other key names no team.
    private static final Pattern TEAM_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final List<String> FIELDS = List.copyOf(MatrixSettings.defaults().toMap().keySet());

    private final Map<String, Object> map;
    private final Problems problems = new Problems();

    MatrixSettingsReader(Map<String, Object> map) {
        this.map = map;
    }

    MatrixSettings read() {
        if (map == null) {
            problems.add("body", "must be a JSON object");
            problems.throwIfAny();
        }
        map.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> problems.add(k, "is not a setting; the settings are " + String.join(", ", FIELDS)));
        MatrixSettings d = MatrixSettings.defaults();
        MatrixSettings s = d
                .withParticipation(decimal(StageCriterion.PARTICIPATION.wire(), d.participation(), 0, 1))
                .withWithinInteractionsPerActiveMemberPerWeek(decimal(StageCriterion.WITHIN_INTERACTIONS.wire(),
                        d.withinInteractionsPerActiveMemberPerWeek(), 0, 1000))
                .withEiIndex(decimal(StageCriterion.EI_INDEX.wire(), d.eiIndex(), -1, 1))
                .withCrossTeamReach(whole(StageCriterion.CROSS_TEAM_REACH.wire(), d.crossTeamReach(), 0, 1000))
                .withNewCrossSiloTiesPerMember(decimal(StageCriterion.NEW_CROSS_SILO_TIES.wire(),
                        d.newCrossSiloTiesPerMember(), 0, 100))
                .withExternalShare(decimal(StageCriterion.EXTERNAL_SHARE.wire(), d.externalShare(), 0, 1))
                .withBaselineWindowDays((int) whole("baselineWindowDays", d.baselineWindowDays(), 1, 3650))
                .withTimeZone(zone(d.timeZone()))
                .withFirstDayOfWeek(dayOfWeek(d.firstDayOfWeek()))
                .withMinimumTeamSize((int) whole("minimumTeamSize", d.minimumTeamSize(), 1, 1000))
                .withViewerGroup(viewerGroup());
        s = targets(s);
        problems.throwIfAny();
        return s;
    }

    private double decimal(String field, double fallback, int min, int max) {
        BigDecimal v = number(field);
        if (v == null) {
            return fallback;
        }
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(field, "must be a number from " + min + " to " + max);
            return fallback;
        }
        return v.doubleValue();
    }

    private long whole(String field, long fallback, int min, int max) {
        BigDecimal v = number(field);
        if (v == null) {
            return fallback;
        }
        if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(min)) < 0
                || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(field, "must be a whole number from " + min + " to " + max);
            return fallback;
        }
        return v.longValueExact();
    }

    /** @return the field as an exact decimal, or null when it is absent or (reported) not a number */
    private BigDecimal number(String field) {
        if (!map.containsKey(field)) {
            return null;
        }
        Object raw = map.get(field);
        if (raw instanceof Number) {
            try {
                return new BigDecimal(raw.toString());
            } catch (NumberFormatException notFinite) {
                // NaN and infinities, reported below
            }
        }
        problems.add(field, "must be a number");
        return null;
    }

    private ZoneId zone(ZoneId fallback) {
        if (!map.containsKey("timeZone")) {
            return fallback;
        }
        Object raw = map.get("timeZone");
        if (raw instanceof String && ((String) raw).length() <= 64) {
            try {
                return ZoneId.of((String) raw);
            } catch (DateTimeException unknown) {
                // reported below
            }
        }
        problems.add("timeZone", "must be a time zone such as UTC, Europe/Berlin or America/New_York");
        return fallback;
    }

    private DayOfWeek dayOfWeek(DayOfWeek fallback) {
        if (!map.containsKey("firstDayOfWeek")) {
            return fallback;
        }
        Object raw = map.get("firstDayOfWeek");
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).equals(raw)) {
                return day;
            }
        }
        problems.add("firstDayOfWeek", "must be monday, tuesday, wednesday, thursday, friday, saturday or sunday");
        return fallback;
    }

    private String viewerGroup() {
        Object raw = map.get("viewerGroup");
        if (raw == null) {
            return null;
        }
        // PostgreSQL cannot store NUL in text.
        if (raw instanceof String && !((String) raw).isBlank() && ((String) raw).length() <= 255
                && ((String) raw).indexOf('\u0000') < 0) {
            return (String) raw;
        }
        problems.add("viewerGroup", "must be null (none) or a group name of at most 255 characters, without NUL");
        return null;
    }

    private MatrixSettings targets(MatrixSettings s) {
        Object raw = map.get("targets");
        if (raw == null) {
            return s;
        }
        if (!(raw instanceof Map) || ((Map<?, ?>) raw).size() > MAX_TARGETS) {
            problems.add("targets", "must be an object of at most " + MAX_TARGETS
                    + " team keys, each with {\"stage\": 1 to 3, \"by\": \"2027-06-30\"}");
            return s;
        }
        MatrixSettings out = s;
        for (Map.Entry<?, ?> e : ((Map<?, ?>) raw).entrySet()) {
            String team = String.valueOf(e.getKey());
            if (!TEAM_KEY.matcher(team).matches()) {
                problems.add("targets", "team keys are 1 to 64 lower-case letters, digits, '-' or '_', starting with a letter or digit");
                continue;
            }
            Target target = target(team, e.getValue());
            if (target != null) {
                out = out.withTarget(target);
            }
        }
        return out;
    }

    private Target target(String team, Object raw) {
        String field = "targets." + team;
        if (!(raw instanceof Map)) {
            problems.add(field, "must be an object {\"stage\": 1 to 3, \"by\": \"2027-06-30\"}");
            return null;
        }
        Map<?, ?> t = (Map<?, ?>) raw;
        Integer number = stage(t.get("stage"));
        if (number == null) {
            problems.add(field + ".stage", "must be 1, 2 or 3");
        }
        LocalDate by = null;
        Object date = t.get("by");
        try {
            by = date instanceof String && ((String) date).length() <= 10 ? LocalDate.parse((String) date) : null;
        } catch (DateTimeException malformed) {
            // reported below
        }
        if (by == null) {
            problems.add(field + ".by", "must be a date such as 2027-06-30");
        }
        t.keySet().stream().map(String::valueOf).filter(k -> !"stage".equals(k) && !"by".equals(k)).sorted()
                .forEach(k -> problems.add(field + "." + k, "is not part of a target; a target has stage and by"));
        return number == null || by == null ? null : new Target(team, number, by);
    }

    private static Integer stage(Object raw) {
        if (!(raw instanceof Number)) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(raw.toString());
            for (int stage = 1; stage <= Stage.highest(); stage++) {
                if (v.compareTo(BigDecimal.valueOf(stage)) == 0) {
                    return stage;
                }
            }
        } catch (NumberFormatException notFinite) {
            // not a stage
        }
        return null;
    }
}
