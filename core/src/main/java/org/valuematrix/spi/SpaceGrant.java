package org.valuematrix.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * One space permission given to one subject: the unit that {@link SpaceAdministration} grants,
 * revokes and lists. It mirrors a Confluence {@code SpacePermission} row of a space (a type and
 * exactly one of group, user, anonymous or all signed-in users), so an adapter maps it one to one.
 */
public final class SpaceGrant {

    /**
     * The space permission types, named as Confluence's {@code SpacePermission} stores them (its
     * {@code GENERIC_SPACE_PERMISSIONS}: {@code VIEWSPACE_PERMISSION = "VIEWSPACE"},
     * {@code CREATEEDIT_PAGE_PERMISSION = "EDITSPACE"}, {@code ADMINISTER_SPACE_PERMISSION =
     * "SETSPACEPERMISSIONS"}, …), so {@link #name()} is the stored type.
     */
    public enum Permission {
        VIEWSPACE, REMOVEOWNCONTENT, COMMENT, EDITSPACE, SETSPACEPERMISSIONS, REMOVEPAGE, REMOVECOMMENT,
        REMOVEBLOG, CREATEATTACHMENT, REMOVEATTACHMENT, EDITBLOG, EXPORTSPACE, REMOVEMAIL, SETPAGEPERMISSIONS
    }

    /**
     * Who a grant is for. Confluence: a group permission, a user permission, an anonymous permission
     * ({@code createAnonymousSpacePermission}) or an all-authenticated-users permission
     * ({@code createAuthenticatedUsersSpacePermission}).
     */
    public enum Subject {
        GROUP, USER, ANONYMOUS, AUTHENTICATED
    }

    private final Permission permission;
    private final Subject subject;
    private final String name;

    private SpaceGrant(Permission permission, Subject subject, String name) {
        this.permission = Objects.requireNonNull(permission, "permission");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.name = name;
    }

    public static SpaceGrant group(Permission permission, String group) {
        return new SpaceGrant(permission, Subject.GROUP, Objects.requireNonNull(group, "group"));
    }

    /** @param userKey the host's stable user key (not the user name) */
    public static SpaceGrant user(Permission permission, String userKey) {
        return new SpaceGrant(permission, Subject.USER, Objects.requireNonNull(userKey, "userKey"));
    }

    public static SpaceGrant anonymous(Permission permission) {
        return new SpaceGrant(permission, Subject.ANONYMOUS, null);
    }

    public static SpaceGrant authenticated(Permission permission) {
        return new SpaceGrant(permission, Subject.AUTHENTICATED, null);
    }

    public Permission permission() {
        return permission;
    }

    public Subject subject() {
        return subject;
    }

    /** @return the group name or user key; null for anonymous and all signed-in users */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SpaceGrant)) {
            return false;
        }
        SpaceGrant g = (SpaceGrant) o;
        return permission == g.permission && subject == g.subject && Objects.equals(name, g.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(permission, subject, name);
    }

    /** A stable text form, {@code VIEWSPACE group:acme}, used in audit rows and sorting. */
    @Override
    public String toString() {
        String who = subject.name().toLowerCase(Locale.ROOT);
        return permission + " " + (name == null ? who : who + ":" + name);
    }
}
