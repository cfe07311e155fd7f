package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;

/**
 * Confluence content as activity events, for live capture ({@link ConfluenceActivityCapture}) and
 * the history import ({@link ConfluenceContentHistory}) alike, so one host action has one source id,
 * verb, object, container and counterpart however it reaches Value Matrix. Counterparts, as
 * value-matrix.md defines them: the author of the page commented on, of the parent comment for a
 * reply, of the content liked, of the page edited, and the person mentioned.
 */
final class ConfluenceEventMapper {
    static final String PAGE = "page";
    static final String BLOG_POST = "blogpost";
    static final String COMMENT = "comment";

    private final Clock clock;

    ConfluenceEventMapper(Clock clock) {
        this.clock = clock;
    }

    /** Live: the creation, and the mentions in the first body, by the creator. */
    List<CapturedEvent> created(SpaceContentEntityObject content) {
        return withMentions(creation(content), content, key(content.getCreator()), clock.instant());
    }

    /** Live: the new version, and the mentions in its body, by the editor. */
    List<CapturedEvent> updated(SpaceContentEntityObject content) {
        return withMentions(version(content, content.getVersion(), content.getLastModifier(),
                content.getLastModificationDate()), content, key(content.getLastModifier()), clock.instant());
    }

    /** Live: the comment or reply, and the mentions in it. */
    List<CapturedEvent> commented(Comment comment) {
        return withMentions(comment(comment), comment, key(comment.getCreator()), clock.instant());
    }

    /** Live: a like as it happens. */
    List<CapturedEvent> liked(ContentEntityObject content, User liker) {
        ConfluenceUser user = liker instanceof ConfluenceUser ? (ConfluenceUser) liker : null;
        return like(content, user, clock.instant()).map(List::of).orElse(List.of());
    }

    Optional<CapturedEvent> creation(SpaceContentEntityObject content) {
        String actor = key(content.getCreator());
        Space space = content.getSpace();
        if (actor == null || space == null) {
            return Optional.empty();
        }
        String type = typeOf(content);
        return Optional.of(event(source(type, content.getId(), "created"), when(content.getCreationDate()), actor,
                Verb.CREATED, object(type, content, content.getTitle()), space, null));
    }

    /** The editor responds to the page's author (editing someone else's page is an interaction). */
    Optional<CapturedEvent> version(SpaceContentEntityObject content, int version, ConfluenceUser editor, Date at) {
        String actor = key(editor);
        Space space = content.getSpace();
        if (actor == null || space == null) {
            return Optional.empty();
        }
        String type = typeOf(content);
        return Optional.of(event(source(type, content.getId(), "v" + version), when(at), actor, Verb.UPDATED,
                object(type, content, content.getTitle()), space, key(content.getCreator())));
    }

    Optional<CapturedEvent> comment(Comment comment) {
        String actor = key(comment.getCreator());
        Space space = spaceOf(comment);
        if (actor == null || space == null) {
            return Optional.empty();
        }
        ContentEntityObject on = comment.getContainer();
        Comment parent = comment.getParent();
        Verb verb = parent == null ? Verb.COMMENTED : Verb.REPLIED;
        String counterpart = key(parent == null ? (on == null ? null : on.getCreator()) : parent.getCreator());
        return Optional.of(event(source(COMMENT, comment.getId(), "created"), when(comment.getCreationDate()), actor,
                verb, commentObject(comment), space, counterpart));
    }

    Optional<CapturedEvent> like(ContentEntityObject content, ConfluenceUser liker, Instant at) {
        String actor = key(liker);
        Space space = content == null ? null : spaceOf(content);
        if (actor == null || space == null) {
            return Optional.empty();
        }
        ActivityObject object = content instanceof Comment ? commentObject((Comment) content)
                : object(typeOf(content), content, content.getTitle());
        return Optional.of(event("confluence:like:" + content.getId() + ":" + actor, at, actor, Verb.LIKED, object,
                space, key(content.getCreator())));
    }

    /** The people mentioned in the content's current body, each once, but never its author. */
    List<CapturedEvent> mentions(ContentEntityObject content, String author, Instant at) {
        Space space = spaceOf(content);
        List<CapturedEvent> out = new ArrayList<>();
        if (author == null || space == null) {
            return out;
        }
        ActivityObject object = content instanceof Comment ? commentObject((Comment) content)
                : object(typeOf(content), content, content.getTitle());
        for (String mentioned : StorageFormatMentions.userKeys(content.getBodyAsString())) {
            if (!mentioned.equals(author)) {
                out.add(event("confluence:mention:" + content.getId() + ":" + mentioned, at, author, Verb.MENTIONED,
                        object, space, mentioned));
            }
        }
        return out;
    }

    static String key(ConfluenceUser user) {
        return user == null || user.getKey() == null ? null : user.getKey().getStringValue();
    }

    private List<CapturedEvent> withMentions(Optional<CapturedEvent> first, ContentEntityObject content, String author,
            Instant at) {
        if (first.isEmpty()) {
            return List.of();
        }
        List<CapturedEvent> out = new ArrayList<>();
        out.add(first.get());
        out.addAll(mentions(content, author, at));
        return out;
    }

    private static CapturedEvent event(String source, Instant when, String actor, Verb verb, ActivityObject object,
            Space space, String counterpart) {
        return new CapturedEvent(source, when, actor, verb, object, space.getKey(), ConfluenceHost.PRODUCT, counterpart);
    }

    /** A comment is shown under the title of what it is on. */
    private static ActivityObject commentObject(Comment comment) {
        ContentEntityObject on = comment.getContainer();
        return object(COMMENT, comment, on == null ? "" : on.getTitle());
    }

    private static ActivityObject object(String type, ContentEntityObject content, String title) {
        return new ActivityObject(type, String.valueOf(content.getId()), title, content.getUrlPath());
    }

    private static String typeOf(ContentEntityObject content) {
        if (content instanceof Comment) {
            return COMMENT;
        }
        return content instanceof BlogPost ? BLOG_POST : PAGE;
    }

    private static Space spaceOf(ContentEntityObject content) {
        if (content instanceof Comment) {
            Comment comment = (Comment) content;
            if (comment.getSpace() != null) {
                return comment.getSpace();
            }
            return comment.getContainer() == null ? null : spaceOf(comment.getContainer());
        }
        return content instanceof SpaceContentEntityObject ? ((SpaceContentEntityObject) content).getSpace() : null;
    }

    private static String source(String type, long id, String what) {
        return "confluence:" + type + ":" + id + ":" + what;
    }

    private Instant when(Date date) {
        return date == null ? clock.instant() : date.toInstant();
    }
}
