package com.atlassian.crowd.embedded.api;

/**
 * Compile-only re-declaration (interface, as in Crowd's embedded API, which Jira uses) of a group.
 *
 * <p>Checked against: the source of {@code com.atlassian.crowd.embedded.api.Group} in the code
 * index ({@code interface Group extends Comparable<Group>}, {@code String getName()}).
 */
public interface Group extends Comparable<Group> {

    String getName();
}
