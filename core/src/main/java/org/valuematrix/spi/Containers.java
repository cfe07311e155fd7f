package org.valuematrix.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spaces or projects of the host and who may view them. Every read path of Value Matrix is
 * trimmed with {@link #visibleTo(String)}, so its answer is the security boundary.
 */
public interface Containers {

    /**
     * @return every container of the host, in a stable order; never null. A product may leave out
     *     the containers the signed-in user may not view (Confluence lists through its
     *     permission-trimmed SpaceService).
     */
    List<Container> all();

    /**
     * @param key a space or project key; never null
     * @return the container, or empty when none has that key (or, as in {@link #all()}, the
     *     signed-in user may not view it)
     */
    Optional<Container> byKey(String key);

    /**
     * Answers in one call which containers a user may view (Confluence: view-space
     * permission; Jira: browse-projects permission). Callers compute it once per request and
     * may cache it per user for a few seconds; implementations must not return containers the
     * user cannot view, and should not do one permission round-trip per item read.
     *
     * @param userKey the viewer's user key, or null for an anonymous viewer
     * @return keys of the containers the user may view; empty (never null) when none
     */
    Set<String> visibleTo(String userKey);

    /**
     * Which of the given groups are granted view permission on which containers, for the owner
     * the Containers page suggests for a space or project nobody has worked in yet.
     *
     * <p>Contract:
     * <ul>
     * <li><b>Direct grants to a group only.</b> Confluence: the space's view-space permission
     *     granted to the group. Jira: Browse Projects granted in the project's permission scheme to
     *     the group, or to a project role whose actors in that project include the group. Grants to
     *     single users, to every signed-in user or to anonymous users name no team and are left
     *     out; so is what a group may view through a global or administrator permission.</li>
     * <li><b>Not trimmed to a user.</b> The answer is the site's configuration, whoever asks; only
     *     administrators see what is built from it.</li>
     * <li><b>Answer.</b> Container key → the given groups granted view on it (never empty sets);
     *     containers none of them may view are absent. Never null.</li>
     * <li><b>Cost.</b> Called once per Containers page read with every team's groups: a few
     *     queries per group or per container, no per-user checks.</li>
     * </ul>
     * A host that cannot tell answers an empty map (the default), and suggestions come from
     * activity alone.
     *
     * @param groups host group names; never null
     */
    default Map<String, Set<String>> viewGrants(Set<String> groups) {
        return Map.of();
    }
}
