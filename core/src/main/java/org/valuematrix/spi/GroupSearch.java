package org.valuematrix.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The host's groups, searched by name for the administrators' group picker (teams are defined by
 * host groups). Implementations answer from the host's user directory, must be safe to call from
 * any thread, and may cache for a few seconds, never longer.
 */
public interface GroupSearch {

    /**
     * @param query part of a group name, matched case-insensitively anywhere in the name; never null,
     *     empty matches every group
     * @param limit at least 1: the most groups to answer
     * @return the matching groups in case-insensitive name order, at most {@code limit}, each with
     *     its member count (nested members included where the host resolves nesting); never null
     */
    List<Match> search(String query, int limit);

    /**
     * For hosts that list group names: the names {@link #search} answers, before members are counted.
     *
     * @return the first {@code limit} names containing {@code query} case-insensitively, in
     *     case-insensitive order (ties in natural order), without repeats
     */
    static List<String> firstMatches(Collection<String> names, String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT);
        TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(n -> n));
        for (String name : names) {
            if (name != null && name.toLowerCase(Locale.ROOT).contains(q)) {
                sorted.add(name);
            }
        }
        List<String> out = new ArrayList<>(Math.min(limit, sorted.size()));
        for (String name : sorted) {
            if (out.size() == limit) {
                break;
            }
            out.add(name);
        }
        return out;
    }

    /** A host group and how many people are in it. */
    final class Match {
        private final String name;
        private final int members;

        public Match(String name, int members) {
            this.name = Objects.requireNonNull(name, "name");
            this.members = members;
        }

        public String name() {
            return name;
        }

        public int members() {
            return members;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Match && ((Match) o).name.equals(name) && ((Match) o).members == members;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, members);
        }

        @Override
        public String toString() {
            return name + " (" + members + ")";
        }
    }
}
