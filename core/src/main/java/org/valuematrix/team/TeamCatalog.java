package org.valuematrix.team;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.valuematrix.support.TtlCache;

/**
 * A short-lived snapshot of teams and container owners for hot paths (ingest, stream
 * rendering). Writes go through {@link TeamStore} and invalidate this node's snapshot; other
 * nodes see them when theirs expires.
 */
public class TeamCatalog {
    private static final long TTL_MILLIS = 10_000;

    private final TeamStore store;
    private final TtlCache<String, Snapshot> cache;

    public TeamCatalog(TeamStore store, Clock clock) {
        this.store = store;
        this.cache = new TtlCache<>(clock, TTL_MILLIS, 1);
    }

    public List<Team> teams() {
        return snapshot().teams;
    }

    public Optional<Team> team(String key) {
        return key == null ? Optional.empty() : snapshot().teams.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** @return the owning team of a container, if it is mapped to one that still exists */
    public Optional<Team> owner(String containerKey) {
        return team(snapshot().owners.get(containerKey));
    }

    public Map<String, String> owners() {
        return snapshot().owners;
    }

    public void invalidate() {
        cache.invalidateAll();
    }

    private Snapshot snapshot() {
        return cache.get("all", k -> new Snapshot(store.all(), Map.copyOf(store.containerOwners())));
    }

    private static final class Snapshot {
        final List<Team> teams;
        final Map<String, String> owners;

        Snapshot(List<Team> teams, Map<String, String> owners) {
            this.teams = List.copyOf(teams);
            this.owners = owners;
        }
    }
}
