package com.atlassian.jira.permission;

/**
 * Compile-only re-declaration (final class, as in Jira 7+) of one grant of a permission scheme:
 * a holder type ({@code group}, {@code projectrole}, {@code anyone}, …) and its parameter (the
 * group's name, the project role's id).
 *
 * <p>Checked against: public Jira code in the code index reading {@code entry.getType()} and
 * {@code entry.getParameter()} of {@code getPermissionSchemeEntries} results, and the holder types
 * of Jira's permission-scheme REST documentation ({@code "type": "group"}, parameter the group
 * name; {@code projectRole}). Its kind (final class rather than interface) was not confirmed
 * against a javadoc page here; the adapter guards the call (see {@code JiraContainers}).
 */
public final class PermissionSchemeEntry {

    private PermissionSchemeEntry() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getType() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getParameter() {
        throw new UnsupportedOperationException("compile-only");
    }
}
