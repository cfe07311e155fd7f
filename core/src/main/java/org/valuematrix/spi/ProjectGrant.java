package org.valuematrix.spi;

import java.util.Objects;

/**
 * One project permission held by one group, as {@link ProjectAdministration} reads and changes
 * them. The permission is the key of Jira's project permission ({@code BROWSE_PROJECTS},
 * {@code ADD_COMMENTS}, {@code EDIT_ISSUES}, …), so a host may report any it has.
 */
public final class ProjectGrant {
    /** Jira's "Browse projects": see the project and its issues. */
    public static final String BROWSE_PROJECTS = "BROWSE_PROJECTS";
    /** Jira's "Add comments". */
    public static final String ADD_COMMENTS = "ADD_COMMENTS";

    private final String group;
    private final String permission;

    public ProjectGrant(String group, String permission) {
        this.group = Objects.requireNonNull(group, "group");
        this.permission = Objects.requireNonNull(permission, "permission");
    }

    public String group() {
        return group;
    }

    public String permission() {
        return permission;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectGrant && ((ProjectGrant) o).group.equals(group)
                && ((ProjectGrant) o).permission.equals(permission);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, permission);
    }

    /** @return {@code BROWSE_PROJECTS group:customer-acme}, the form the audit keeps */
    @Override
    public String toString() {
        return permission + " group:" + group;
    }
}
