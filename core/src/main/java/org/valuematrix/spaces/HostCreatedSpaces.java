package org.valuematrix.spaces;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.valuematrix.ValueMatrix;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.HostAuditLog;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.spi.SpacePage;
import org.valuematrix.team.TeamCatalog;

/**
 * Takes over a space the host created itself: Confluence's Create Space dialog makes the space
 * (with its default permissions, usually including every signed-in user) before any code of ours
 * runs. Two steps, as the host's blueprint service publishes two events:
 * <ol>
 * <li>{@link #lockDown}, right after the space exists: every grant the host gave is removed but
 * the creator's, exactly as a private space starts. Nothing else: whatever fails later, the space
 * is never wider than this.</li>
 * <li>{@link #takeOver}, once its home page is final: the same checks, grants, pages, restriction
 * and rows as a space created through {@code POST /spaces} ({@link SpaceCreation}), on the space
 * that exists, its audit rows copied to the host's audit log ({@link HostAuditedSpaceAudit}). A
 * refusal or failure leaves the space private to its creator (the host owns the
 * space's existence, so it is not removed) and writes no row of ours; pages made before a failure
 * stay, since the port cannot delete a page, and the creator may delete them.</li>
 * </ol>
 */
public class HostCreatedSpaces {
    /** The host's audit action of {@link #lockDown}: the space is not ours yet, so only the host's log has it. */
    public static final String LOCKED_DOWN = "locked-down";

    private final SpaceAdministration host;
    private final Directory directory;
    private final TeamCatalog teams;
    private final EntityAccess ao;
    private final SpaceStore store;
    private final SpaceAudit audit;
    private final Messages messages;
    private final Clock clock;
    private final HostAuditLog hostAudit;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public HostCreatedSpaces(SpaceAdministration host, Directory directory, TeamCatalog teams, EntityAccess ao,
            Messages messages, Clock clock, HostAuditLog hostAudit) {
        this.host = host;
        this.directory = directory;
        this.teams = teams;
        this.ao = ao;
        this.store = new SpaceStore(ao, clock);
        this.audit = new HostAuditedSpaceAudit(ao, clock, hostAudit);
        this.messages = messages;
        this.clock = clock;
        this.hostAudit = hostAudit;
    }

    public static HostCreatedSpaces of(ValueMatrix vm, SpaceAdministration host, Directory directory,
            Messages messages, Clock clock, HostAuditLog hostAudit) {
        return new HostCreatedSpaces(host, directory, vm.teamCatalog(), vm.entityAccess(), messages, clock, hostAudit);
    }

    /** Leaves the space exactly the grants of a private space of its creator: every space permission, to them alone. */
    public void lockDown(String spaceKey, String creatorKey) {
        Set<SpaceGrant> own = EnumSet.allOf(SpaceGrant.Permission.class).stream()
                .map(p -> SpaceGrant.user(p, creatorKey)).collect(Collectors.toSet());
        PermissionDiff diff = PermissionDiff.between(host.grants(spaceKey), own);
        new GrantChanges(host, spaceKey).apply(diff);
        if (!diff.isEmpty()) {
            hostAudit.spaceChanged(spaceKey, spaceKey, LOCKED_DOWN, null, null, null, diff.toText().trim());
        }
    }

    /**
     * Makes the host's new space a customer-facing space at rehearsal, as {@link SpaceCreation#create}
     * does for a space it creates; the request's key must be the space's.
     *
     * @param homePageId the id of the space's home page, whose title and body are replaced
     * @param creator the user key of who created the space in the host
     * @throws org.valuematrix.rest.BadRequestException naming each invalid field
     * @throws SpaceRefusedException for a safety rule, or when the space is already one of ours
     */
    public CustomerSpace takeOver(long homePageId, SpaceRequest request, String creator) {
        Objects.requireNonNull(request.key, "key");
        SpaceAdministration existing = new ExistingSpace(host, request.key, homePageId, creator);
        SpaceCreation creation = new SpaceCreation(existing, directory, teams, new SafetyRules(host, teams), store,
                audit, ao, messages, clock);
        return creation.create(request, creator, directory.isAdmin(creator));
    }

    /**
     * The host seen by {@link SpaceCreation} for one space the host already made: creating it
     * answers its home page, and undoing the creation locks it down instead of removing it.
     */
    private final class ExistingSpace implements SpaceAdministration {
        private final SpaceAdministration host;
        private final String key;
        private final long homePageId;
        private final String creator;

        ExistingSpace(SpaceAdministration host, String key, long homePageId, String creator) {
            this.host = host;
            this.key = key;
            this.homePageId = homePageId;
            this.creator = creator;
        }

        @Override
        public boolean spaceExists(String spaceKey) {
            return !key.equals(spaceKey) && host.spaceExists(spaceKey);
        }

        @Override
        public long createPrivateSpace(String spaceKey, String name, String creatorKey) {
            if (!key.equals(spaceKey)) {
                throw new IllegalArgumentException("the space taken over is " + key + ", not " + spaceKey);
            }
            lockDown(spaceKey, creator);
            return homePageId;
        }

        @Override
        public void removeSpace(String spaceKey) {
            if (key.equals(spaceKey)) {
                lockDown(spaceKey, creator);
            } else {
                host.removeSpace(spaceKey);
            }
        }

        @Override
        public void grant(String spaceKey, SpaceGrant grant) {
            host.grant(spaceKey, grant);
        }

        @Override
        public void revoke(String spaceKey, SpaceGrant grant) {
            host.revoke(spaceKey, grant);
        }

        @Override
        public Set<SpaceGrant> grants(String spaceKey) {
            return host.grants(spaceKey);
        }

        @Override
        public long createPage(String spaceKey, long parentId, String title, String body) {
            return host.createPage(spaceKey, parentId, title, body);
        }

        @Override
        public void updatePage(long pageId, String title, String body) {
            host.updatePage(pageId, title, body);
        }

        @Override
        public void restrictView(long pageId, Set<String> groups) {
            host.restrictView(pageId, groups);
        }

        @Override
        public List<SpacePage> pages(String spaceKey) {
            return host.pages(spaceKey);
        }

        @Override
        public boolean groupExists(String group) {
            return host.groupExists(group);
        }

        @Override
        public Optional<String> userKey(String username) {
            return host.userKey(username);
        }

        @Override
        public Set<String> members(String group) {
            return host.members(group);
        }

        @Override
        public boolean profilesVisibleTo(String group) {
            return host.profilesVisibleTo(group);
        }
    }
}
