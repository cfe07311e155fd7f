package org.valuematrix.activity.stream;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;

/**
 * What a stream reader asked for. Empty sets mean "no restriction". Validated values only:
 * {@link StreamRequestParser} turns raw request parameters into one.
 */
public final class StreamFilter {
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 200;

    private final Set<String> teams;
    private final Set<Scope> scopes;
    private final Set<String> containers;
    private final Set<String> actors;
    private final Set<Verb> verbs;
    private final Instant since;
    private final Instant until;
    private final int limit;
    private final StreamCursor cursor;

    public StreamFilter(Set<String> teams, Set<Scope> scopes, Set<String> containers, Set<String> actors,
            Set<Verb> verbs, Instant since, Instant until, int limit, StreamCursor cursor) {
        this.teams = Set.copyOf(teams);
        this.scopes = Set.copyOf(scopes);
        this.containers = Set.copyOf(containers);
        this.actors = Set.copyOf(actors);
        this.verbs = Set.copyOf(verbs);
        this.since = since;
        this.until = until;
        this.limit = limit;
        this.cursor = cursor;
    }

    public static StreamFilter latest(int limit) {
        return new StreamFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, limit, null);
    }

    public StreamFilter withCursor(StreamCursor next) {
        return new StreamFilter(teams, scopes, containers, actors, verbs, since, until, limit, next);
    }

    public StreamFilter withContainers(Set<String> keys) {
        return new StreamFilter(teams, scopes, keys, actors, verbs, since, until, limit, cursor);
    }

    public StreamFilter withTeams(Set<String> keys) {
        return new StreamFilter(keys, scopes, containers, actors, verbs, since, until, limit, cursor);
    }

    public StreamFilter withScopes(Set<Scope> values) {
        return new StreamFilter(teams, values, containers, actors, verbs, since, until, limit, cursor);
    }

    public StreamFilter withActors(Set<String> keys) {
        return new StreamFilter(teams, scopes, containers, keys, verbs, since, until, limit, cursor);
    }

    public StreamFilter withVerbs(Set<Verb> values) {
        return new StreamFilter(teams, scopes, containers, actors, values, since, until, limit, cursor);
    }

    /**
     * @param from inclusive lower bound, or null
     * @param to exclusive upper bound, or null
     */
    public StreamFilter withPeriod(Instant from, Instant to) {
        return new StreamFilter(teams, scopes, containers, actors, verbs, from, to, limit, cursor);
    }

    public StreamFilter withLimit(int n) {
        return new StreamFilter(teams, scopes, containers, actors, verbs, since, until, n, cursor);
    }

    public Set<String> teams() {
        return teams;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    public Set<String> containers() {
        return containers;
    }

    public Set<String> actors() {
        return actors;
    }

    public Set<Verb> verbs() {
        return verbs;
    }

    /** Inclusive lower bound. */
    public Optional<Instant> since() {
        return Optional.ofNullable(since);
    }

    /** Exclusive upper bound. */
    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }

    public int limit() {
        return limit;
    }

    public Optional<StreamCursor> cursor() {
        return Optional.ofNullable(cursor);
    }

    /** @return the filters as request parameters (sorted, for stable links), without cursor/limit */
    public List<String[]> asParameters() {
        List<String[]> out = new java.util.ArrayList<>();
        teams.stream().sorted().forEach(v -> out.add(new String[] {"team", v}));
        scopes.stream().sorted().forEach(v -> out.add(new String[] {"scope", v.wire()}));
        containers.stream().sorted().forEach(v -> out.add(new String[] {"container", v}));
        actors.stream().sorted().forEach(v -> out.add(new String[] {"actor", v}));
        verbs.stream().sorted().forEach(v -> out.add(new String[] {"verb", v.wire()}));
        if (since != null) {
            out.add(new String[] {"since", since.toString()});
        }
        if (until != null) {
            out.add(new String[] {"until", until.toString()});
        }
        return out;
    }
}
