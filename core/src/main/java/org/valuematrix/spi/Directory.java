package org.valuematrix.spi;

import java.util.Optional;
import java.util.Set;

/**
 * Users and groups of the host. Implementations answer from the host's user directory and
 * must be safe to call from any thread; they may cache for a few seconds but never
 * indefinitely (membership changes must show within a minute).
 */
public interface Directory {

    /**
     * @param userKey the host's stable user key; never null
     * @return the person, or empty when the host does not know the key (deleted user)
     */
    Optional<Person> person(String userKey);

    /**
     * @param userKey the host's stable user key; never null
     * @return the names of every group the user belongs to, directly or nested; empty (never
     *     null) for an unknown user
     */
    Set<String> groupsOf(String userKey);

    /**
     * @param group a group name; never null
     * @return the user keys of its members; empty (never null) for an unknown group
     */
    Set<String> membersOf(String group);

    /**
     * @param userKey the host's stable user key, or null for an anonymous caller
     * @return true when the user administers the product (Confluence/Jira administrator or
     *     system administrator); false for null or unknown users
     */
    boolean isAdmin(String userKey);
}
