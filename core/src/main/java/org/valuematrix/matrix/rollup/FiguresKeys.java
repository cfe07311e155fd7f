package org.valuematrix.matrix.rollup;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;

/**
 * The cache key of a rollup read: a digest of what was asked, the period, the viewer's whole
 * visible set, the time zone and the team catalog's teams, kinds and container owners; so a read
 * whose answer could differ for any reason other than the rollup rows has another key.
 */
final class FiguresKeys {
    private final TeamCatalog catalog;
    private final Supplier<ZoneId> zone;
    /** The digest of the catalog snapshot last seen (the catalog hands out one snapshot for a few seconds). */
    private volatile Memo memo;

    FiguresKeys(TeamCatalog catalog, Supplier<ZoneId> zone) {
        this.catalog = catalog;
        this.zone = zone;
    }

    /**
     * @param what "unit", "teams" or "edges"
     * @param team a team key, or null
     * @param containers the viewer's visible set, or null for every container
     */
    String of(String what, String team, long fromDay, long toDay, Set<String> containers) {
        return RowKeys.of(what, team, fromDay, toDay, zone.get().getId(), containers(containers), catalogDigest());
    }

    private static String containers(Set<String> containers) {
        if (containers == null) {
            return null;
        }
        List<Object> parts = new ArrayList<>(new TreeSet<>(containers));
        return RowKeys.of(parts.toArray());
    }

    private String catalogDigest() {
        List<Team> teams = catalog.teams();
        Map<String, String> owners = catalog.owners();
        Memo m = memo;
        if (m != null && m.teams == teams && m.owners == owners) {
            return m.digest;
        }
        List<Object> parts = new ArrayList<>();
        for (Team t : teams) {
            parts.add(t.key());
            parts.add(t.kind().wire());
        }
        parts.add("owners");
        for (Map.Entry<String, String> e : new TreeMap<>(owners).entrySet()) {
            parts.add(e.getKey());
            parts.add(e.getValue());
        }
        String digest = RowKeys.of(parts.toArray());
        memo = new Memo(teams, owners, digest);
        return digest;
    }

    private static final class Memo {
        final List<Team> teams;
        final Map<String, String> owners;
        final String digest;

        Memo(List<Team> teams, Map<String, String> owners, String digest) {
            this.teams = teams;
            this.owners = owners;
            this.digest = digest;
        }
    }
}
