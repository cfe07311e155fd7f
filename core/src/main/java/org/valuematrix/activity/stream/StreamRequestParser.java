package org.valuematrix.activity.stream;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.rest.Problems;

/**
 * Turns raw stream parameters (REST query, macro parameters, page form) into a
 * {@link StreamFilter}, collecting every problem so the 400 answer names them all.
 */
public final class StreamRequestParser {
    private final Predicate<String> knownTeam;
    private final Function<String, Optional<String>> actorKey;
    private final Predicate<String> knownContainer;
    private final ZoneId zone;

    /**
     * A date alone is a day in UTC (REST clients send instants, or days in UTC).
     *
     * @param knownTeam whether a team key names a team the viewer may see; any other key is a 400
     *     as an unknown team, not an empty page, and a team the viewer may not see answers exactly
     *     as one that does not exist
     */
    public StreamRequestParser(Predicate<String> knownTeam) {
        this(knownTeam, Optional::of, key -> true, ZoneOffset.UTC);
    }

    private StreamRequestParser(Predicate<String> knownTeam, Function<String, Optional<String>> actorKey,
            Predicate<String> knownContainer, ZoneId zone) {
        this.knownTeam = knownTeam;
        this.actorKey = actorKey;
        this.knownContainer = knownContainer;
        this.zone = zone;
    }

    /**
     * @param actorKey turns an {@code actor} value (a user key or a user name) into the key of a
     *     person the viewer may learn about; empty makes it a 400 as an unknown person
     */
    public StreamRequestParser withPeople(Function<String, Optional<String>> actorKey) {
        return new StreamRequestParser(knownTeam, actorKey, knownContainer, zone);
    }

    /**
     * @param knownContainer whether a container key names a container the viewer may view; any
     *     other is a 400 as an unknown container (one the viewer may not view answers alike)
     */
    public StreamRequestParser withContainers(Predicate<String> knownContainer) {
        return new StreamRequestParser(knownTeam, actorKey, knownContainer, zone);
    }

    /** @param zone the viewer's zone: a date alone is that day as the viewer lives it (pages) */
    public StreamRequestParser withZone(ZoneId zone) {
        return new StreamRequestParser(knownTeam, actorKey, knownContainer, zone);
    }

    public StreamFilter parse(Map<String, List<String>> params) {
        Problems problems = new Problems();
        Set<String> teams = strings(params, "team");
        teams.stream().filter(knownTeam.negate()).findFirst()
                .ifPresent(t -> problems.add("team", "unknown team '" + t + "'"));
        Set<Scope> scopes = enums(params, "scope", Scope::parse, "within, across or external", problems);
        Set<Verb> verbs = enums(params, "verb", Verb::parse, "one of " + verbNames(), problems);
        Instant since = instant(params, "since", false, zone, problems);
        Instant until = instant(params, "until", true, zone, problems);
        if (since != null && until != null && !since.isBefore(until)) {
            problems.add("until", "must be after since");
        }
        int limit = limit(params, problems);
        StreamCursor cursor = null;
        String rawCursor = first(params, "cursor");
        if (rawCursor != null) {
            cursor = StreamCursor.decode(rawCursor).orElse(null);
            if (cursor == null) {
                problems.add("cursor", "not a cursor this server issued; start again without it");
            }
        }
        Set<String> containers = strings(params, "container");
        Set<String> actors = strings(params, "actor");
        // No key holds NUL, and PostgreSQL refuses it even as a query parameter.
        for (String name : new String[] {"team", "container", "actor"}) {
            Set<String> values = "team".equals(name) ? teams : "container".equals(name) ? containers : actors;
            if (values.stream().anyMatch(v -> v.indexOf('\u0000') >= 0)) {
                problems.add(name, "must not contain NUL characters");
            }
        }
        problems.throwIfAny();
        containers.stream().filter(knownContainer.negate()).findFirst()
                .ifPresent(c -> problems.add("container", "unknown container '" + c + "'"));
        Set<String> actorKeys = new LinkedHashSet<>();
        for (String actor : actors) {
            Optional<String> key = actorKey.apply(actor);
            if (key.isPresent()) {
                actorKeys.add(key.get());
            } else {
                problems.add("actor", "unknown person '" + actor + "'");
            }
        }
        problems.throwIfAny();
        actors = actorKeys;
        return new StreamFilter(teams, scopes, containers, actors, verbs, since, until, limit, cursor);
    }

    private static int limit(Map<String, List<String>> params, Problems problems) {
        String raw = first(params, "limit");
        if (raw == null) {
            return StreamFilter.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= StreamFilter.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("limit", "must be a whole number from 1 to " + StreamFilter.MAX_LIMIT);
        return StreamFilter.DEFAULT_LIMIT;
    }

    /** A date alone means the start of that day in {@code zone} for since, and its end for until. */
    private static Instant instant(Map<String, List<String>> params, String name, boolean endOfDay, ZoneId zone,
            Problems problems) {
        String raw = first(params, name);
        if (raw == null) {
            return null;
        }
        String text = raw.trim();
        Instant at;
        try {
            at = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate day = LocalDate.parse(text);
                at = (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            } catch (java.time.DateTimeException notDate) {
                problems.add(name, "must be an ISO-8601 date (2026-01-31) or instant (2026-01-31T12:00:00Z)");
                return null;
            }
        }
        // Times are stored as epoch milliseconds; a year beyond them is bad input, not a failure.
        try {
            at.toEpochMilli();
        } catch (ArithmeticException outOfRange) {
            problems.add(name, "is out of range");
            return null;
        }
        return at;
    }

    private static <E> Set<E> enums(Map<String, List<String>> params, String name, Function<String, Optional<E>> parse,
            String expected, Problems problems) {
        Set<E> out = new LinkedHashSet<>();
        for (String raw : strings(params, name)) {
            Optional<E> value = parse.apply(raw);
            if (value.isPresent()) {
                out.add(value.get());
            } else {
                problems.add(name, "unknown " + name + " '" + raw + "': expected " + expected);
            }
        }
        return out;
    }

    /** Repeated parameters and comma-separated lists both work; blanks are ignored. */
    static Set<String> strings(Map<String, List<String>> params, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : params.getOrDefault(name, List.of())) {
            if (raw == null) {
                continue;
            }
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null || values.get(0).isBlank() ? null : values.get(0);
    }

    private static String verbNames() {
        StringBuilder sb = new StringBuilder();
        for (Verb v : Verb.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(v.wire());
        }
        return sb.toString();
    }
}
