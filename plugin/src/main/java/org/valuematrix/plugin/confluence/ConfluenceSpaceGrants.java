package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.spi.SpaceGrant;

/**
 * A {@link SpaceGrant} as Confluence stores it: one {@link SpacePermission} row of a space. Rows of
 * other types (Confluence has more than the space permissions we grant) are no grant.
 */
final class ConfluenceSpaceGrants {
    // The adapter's logger, which is the one logging settings for space administration name.
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceSpaceAdministration.class);
    private static final Set<String> TYPES = Arrays.stream(SpaceGrant.Permission.values())
            .map(Enum::name).collect(Collectors.toSet());

    /** A copy: removing a permission changes the space's own list. */
    static List<SpacePermission> rows(Space space) {
        List<SpacePermission> rows = space.getPermissions();
        return rows == null ? List.of() : new ArrayList<>(rows);
    }

    static Optional<SpacePermission> stored(Space space, SpaceGrant grant) {
        return rows(space).stream().filter(p -> grantOf(p).filter(grant::equals).isPresent()).findFirst();
    }

    /** @param user the host's user for a user grant's key, failing when there is none */
    static SpacePermission row(Space space, SpaceGrant g, Function<String, ConfluenceUser> user) {
        String type = g.permission().name();
        switch (g.subject()) {
            case GROUP:
                return SpacePermission.createGroupSpacePermission(type, space, g.name());
            case USER:
                return SpacePermission.createUserSpacePermission(type, space, user.apply(g.name()));
            case ANONYMOUS:
                return SpacePermission.createAnonymousSpacePermission(type, space);
            case AUTHENTICATED:
                return SpacePermission.createAuthenticatedUsersSpacePermission(type, space);
            default:
                throw new IllegalStateException(g.subject().name());
        }
    }

    /** @return the grant a stored row is, or empty for a row that is not one of the space permission types */
    static Optional<SpaceGrant> grantOf(SpacePermission p) {
        if (!TYPES.contains(p.getType())) {
            LOG.debug("Skipping a permission of type {}", p.getType());
            return Optional.empty();
        }
        SpaceGrant.Permission type = SpaceGrant.Permission.valueOf(p.getType());
        if (p.isGroupPermission()) {
            return Optional.of(SpaceGrant.group(type, p.getGroup()));
        }
        if (p.isUserPermission()) {
            ConfluenceUser u = p.getUserSubject();
            return u == null || u.getKey() == null ? Optional.empty()
                    : Optional.of(SpaceGrant.user(type, u.getKey().getStringValue()));
        }
        if (p.isAnonymousPermission()) {
            return Optional.of(SpaceGrant.anonymous(type));
        }
        if (p.isAuthenticatedUsersPermission()) {
            return Optional.of(SpaceGrant.authenticated(type));
        }
        return Optional.empty();
    }

    private ConfluenceSpaceGrants() {
    }
}
