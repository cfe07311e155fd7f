package org.valuematrix.standalone.content;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.ForbiddenException;
import org.valuematrix.rest.NotFoundException;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.standalone.projects.ProjectPermissions;
import org.valuematrix.standalone.spaces.SpacePermissions;

/**
 * What people do in the standalone host (create a page, comment), stored in the host's content
 * store and reported through core's capture port, exactly as Confluence's and Jira's event
 * listeners report theirs.
 */
public class ContentActions {
    private static final Logger LOG = LoggerFactory.getLogger(ContentActions.class);
    static final int MAX_TITLE = 255;
    static final int MAX_BODY = 100_000;
    static final String NO_SUCH_CONTENT = "There is no such page or issue.";
    static final String NO_SUCH_CONTAINER = "There is no such space or project.";
    static final String NOT_PERMITTED = "You may not do this in this space.";

    private final ContentStore store;
    private final EmbeddedDirectory directory;
    private final ActivityCapture capture;
    private final Clock clock;
    private final SpacePermissions permissions;
    private final ProjectPermissions projects;

    public ContentActions(ContentStore store, EmbeddedDirectory directory, ActivityCapture capture, Clock clock,
            SpacePermissions permissions, ProjectPermissions projects) {
        this.projects = projects;
        this.store = store;
        this.directory = directory;
        this.capture = capture;
        this.clock = clock;
        this.permissions = permissions;
    }

    /** @return whether the user may view the item: its container, and every view restriction above it */
    public boolean canView(String user, Content c) {
        return directory.snapshot().canView(user, c.containerKey())
                && permissions.canViewPage(directory.snapshot(), user, c.id());
    }

    /** Creates a page in a space, or an issue in a project, as {@code author}. */
    public Content create(String author, String containerKey, String title, String body) {
        DirectoryContainer container = viewable(author, containerKey);
        require(author, containerKey, SpaceGrant.Permission.EDITSPACE);
        String cleanTitle = title == null ? "" : title.trim();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw BadRequestException.of("title", "is required, at most " + MAX_TITLE + " characters");
        }
        requireBody(body, false);
        if (!container.isSpace() && !projects.mayCreate(groups(author), containerKey)) {
            throw new ForbiddenException(NOT_PERMITTED);
        }
        ContentType type = container.isSpace() ? ContentType.PAGE : ContentType.ISSUE;
        Content c = store.create(type, containerKey, cleanTitle, author, body, clock.instant());
        report(StandaloneEvents.created(c, container.container().product()));
        return c;
    }

    /**
     * Comments on a page or issue. The counterpart is the item's author (Jira: the reporter),
     * none when people comment on their own item.
     */
    public Comment comment(String author, long contentId, String body) {
        Content c = store.byId(contentId).filter(found -> canView(author, found))
                .orElseThrow(() -> new NotFoundException(NO_SUCH_CONTENT));
        DirectoryContainer container = viewable(author, c.containerKey());
        require(author, c.containerKey(), SpaceGrant.Permission.COMMENT);
        if (!container.isSpace() && !projects.mayComment(groups(author), c.containerKey())) {
            throw new ForbiddenException(NOT_PERMITTED);
        }
        requireBody(body, true);
        Comment comment = store.addComment(contentId, author, body.trim(), clock.instant());
        if (permissions.restricted(c.id())) {
            // The stream trims by space only: what happens on a restricted page stays out of it.
            return comment;
        }
        report(StandaloneEvents.comment(c, comment.id(), author, null, comment.createdAt(),
                container.container().product()));
        return comment;
    }

    public Optional<Content> content(long id) {
        return store.byId(id);
    }

    /** What one may not view answers as what does not exist: the same words, naming nothing. */
    private DirectoryContainer viewable(String user, String containerKey) {
        return directory.snapshot().container(containerKey)
                .filter(c -> directory.snapshot().canView(user, containerKey))
                .orElseThrow(() -> new NotFoundException(NO_SUCH_CONTAINER));
    }

    /** In a space administered with permissions, the user needs this one (Confluence's check). */
    private void require(String user, String containerKey, SpaceGrant.Permission p) {
        if (permissions.administered(containerKey) && !permissions.holds(directory.snapshot(), user, containerKey, p)) {
            throw new ForbiddenException(NOT_PERMITTED);
        }
    }

    private java.util.Set<String> groups(String user) {
        return directory.snapshot().user(user).map(u -> java.util.Set.copyOf(u.groups())).orElse(java.util.Set.of());
    }

    private static void requireBody(String body, boolean required) {
        if ((required && (body == null || body.isBlank())) || (body != null && body.length() > MAX_BODY)) {
            throw BadRequestException.of("body", (required ? "is required, " : "") + "at most " + MAX_BODY + " characters");
        }
    }

    private void report(CapturedEvent event) {
        if (!capture.capture(event)) {
            LOG.warn("Activity for {} was not captured (queue full)", event.sourceId());
        }
    }
}
