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
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;

/**
 * Confluence content events as activity events. Counterparts, as value-matrix.md defines them:
 * the author of the page commented on, of the parent comment for a reply, of the content liked,
 * of the page edited, and the person mentioned. Source ids make a replayed event a duplicate.
 */
final class ConfluenceEventMapper {
    static final String PAGE = "page";
    static final String BLOG_POST = "blogpost";
    static final String COMMENT = "comment";

    private final Clock clock;

    ConfluenceEventMapper(Clock clock) {
        this.clock = clock;
    }

    List<CapturedEvent> created(SpaceContentEntityObject content) {
        String actor = key(content.getCreator());
        Space space = content.getSpace();
        if (actor == null || space == null) {
            return List.of();
        }
        String type = typeOf(content);
        List<CapturedEvent> out = new ArrayList<>();
        out.add(event(source(type, content.getId(), "created"), when(content.getCreationDate()), actor, Verb.CREATED,
                object(type, content, content.getTitle()), space, null));
        out.addAll(mentions(content, actor, space, object(type, content, content.getTitle())));
        return out;
    }

    /** The editor responds to the page's author (editing someone else's page is an interaction). */
    List<CapturedEvent> updated(SpaceContentEntityObject content) {
        String actor = key(content.getLastModifier());
        Space space = content.getSpace();
        if (actor == null || space == null) {
            return List.of();
        }
        String type = typeOf(content);
        List<CapturedEvent> out = new ArrayList<>();
        out.add(event(source(type, content.getId(), "v" + content.getVersion()), when(content.getLastModificationDate()),
                actor, Verb.UPDATED, object(type, content, content.getTitle()), space, key(content.getCreator())));
        out.addAll(mentions(content, actor, space, object(type, content, content.getTitle())));
        return out;
    }

    List<CapturedEvent> commented(Comment comment) {
        String actor = key(comment.getCreator());
        ContentEntityObject on = comment.getContainer();
        Space space = spaceOf(comment);
        if (actor == null || space == null) {
            return List.of();
        }
        Comment parent = comment.getParent();
        Verb verb = parent == null ? Verb.COMMENTED : Verb.REPLIED;
        String counterpart = key(parent == null ? (on == null ? null : on.getCreator()) : parent.getCreator());
        ActivityObject object = object(COMMENT, comment, on == null ? "" : on.getTitle());
        List<CapturedEvent> out = new ArrayList<>();
        out.add(event(source(COMMENT, comment.getId(), "created"), when(comment.getCreationDate()), actor, verb, object,
                space, counterpart));
        out.addAll(mentions(comment, actor, space, object));
        return out;
    }

    List<CapturedEvent> liked(ContentEntityObject content, User liker) {
        String actor = liker instanceof ConfluenceUser ? key((ConfluenceUser) liker) : null;
        Space space = content == null ? null : spaceOf(content);
        if (actor == null || space == null) {
            return List.of();
        }
        String title = content instanceof Comment && ((Comment) content).getContainer() != null
                ? ((Comment) content).getContainer().getTitle() : content.getTitle();
        return List.of(event("confluence:like:" + content.getId() + ":" + actor, clock.instant(), actor, Verb.LIKED,
                object(typeOf(content), content, title), space, key(content.getCreator())));
    }

    private List<CapturedEvent> mentions(ContentEntityObject content, String actor, Space space, ActivityObject object) {
        List<CapturedEvent> out = new ArrayList<>();
        for (String mentioned : StorageFormatMentions.userKeys(content.getBodyAsString())) {
            if (!mentioned.equals(actor)) {
                out.add(event("confluence:mention:" + content.getId() + ":" + mentioned, clock.instant(), actor,
                        Verb.MENTIONED, object, space, mentioned));
            }
        }
        return out;
    }

    private static CapturedEvent event(String source, Instant when, String actor, Verb verb, ActivityObject object,
            Space space, String counterpart) {
        return new CapturedEvent(source, when, actor, verb, object, space.getKey(), ConfluenceHost.PRODUCT, counterpart);
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

    private static String key(ConfluenceUser user) {
        return user == null || user.getKey() == null ? null : user.getKey().getStringValue();
    }
}
