package org.valuematrix.spi;

import java.util.List;
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
}
