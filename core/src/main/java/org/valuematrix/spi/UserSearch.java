package org.valuematrix.spi;

import java.util.List;
import java.util.Optional;

/**
 * Finds host users by what people know of them: a user name or a display name. Implementations
 * ask the host's own user search, are safe to call from any thread and never cache for more than
 * a few seconds. They answer for every active user of the host; who may learn about whom is
 * core's decision ({@code people.PeopleVisibility}), never the port's.
 */
public interface UserSearch {

    /**
     * @param query what a person typed, trimmed, never null or empty; matched case-insensitively
     *     against the start of the user name and of each word of the display name (hosts whose
     *     search also matches inside words or e-mail addresses may answer those too, but never
     *     show the address)
     * @param limit the most accounts wanted, at least 1
     * @return active users that match, at most {@code limit}, best matches first (the host's order);
     *     empty, never null, when none does
     */
    List<Account> search(String query, int limit);

    /**
     * @param username a user name exactly as typed, never null; compared as the host compares
     *     user names at login (case-insensitively in every supported host)
     * @return the active user with that user name, or empty
     */
    Optional<Account> byUsername(String username);

    /**
     * @param key the host's stable user key, never null
     * @return the user with that key, or empty when the host does not know it
     */
    Optional<Account> byKey(String key);
}
