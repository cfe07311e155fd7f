package org.valuematrix.spaces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.valuematrix.spi.SpaceGrant;

/** Which grants a change adds and which it removes, from what the host holds now to a target. */
public final class PermissionDiff {
    private static final Comparator<SpaceGrant> ORDER = Comparator.comparing(SpaceGrant::toString);

    private final Set<SpaceGrant> added;
    private final Set<SpaceGrant> removed;

    private PermissionDiff(Set<SpaceGrant> added, Set<SpaceGrant> removed) {
        this.added = added;
        this.removed = removed;
    }

    public static PermissionDiff between(Set<SpaceGrant> current, Set<SpaceGrant> target) {
        Set<SpaceGrant> added = new TreeSet<>(ORDER);
        Set<SpaceGrant> removed = new TreeSet<>(ORDER);
        target.stream().filter(g -> !current.contains(g)).forEach(added::add);
        current.stream().filter(g -> !target.contains(g)).forEach(removed::add);
        return new PermissionDiff(added, removed);
    }

    public Set<SpaceGrant> added() {
        return added;
    }

    public Set<SpaceGrant> removed() {
        return removed;
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    /** @return {@code {"added":[GRANT…],"removed":[GRANT…]}}, GRANT {@code {"permission","subject","name"}} */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("added", list(added));
        out.put("removed", list(removed));
        return out;
    }

    /** The text the audit keeps: one grant a line, {@code +} added, {@code -} removed. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        added.forEach(g -> sb.append('+').append(g).append('\n'));
        removed.forEach(g -> sb.append('-').append(g).append('\n'));
        return sb.toString();
    }

    static List<Map<String, Object>> list(Iterable<SpaceGrant> grants) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SpaceGrant g : grants) {
            out.add(grant(g));
        }
        return out;
    }

    static Map<String, Object> grant(SpaceGrant g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("permission", g.permission().name());
        m.put("subject", g.subject().name().toLowerCase(java.util.Locale.ROOT));
        m.put("name", g.name());
        return m;
    }
}
