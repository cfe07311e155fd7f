package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.core.VersionHistorySummary;
import com.atlassian.confluence.like.Like;
import com.atlassian.confluence.like.LikeManager;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuematrix.activity.CapturedEvent;

/**
 * The activity that some pages and blog posts already hold, mapped by {@link ConfluenceEventMapper}
 * as live capture maps it: each item's creation and later versions, its comments and replies, the
 * likes of the item and of its comments, and the mentions in each one's current body (by the author
 * of that body, at its last change). Called inside a transaction.
 */
final class ConfluenceItemEvents {
    private static final Comparator<ConfluenceUser> BY_KEY =
            Comparator.comparing(ConfluenceEventMapper::key, Comparator.nullsLast(Comparator.naturalOrder()));

    private final PageManager pages;
    private final LikeManager likes;
    private final UserAccessor users;
    private final ConfluenceEventMapper mapper;
    private final Clock clock;

    ConfluenceItemEvents(PageManager pages, LikeManager likes, UserAccessor users, Clock clock) {
        this.pages = pages;
        this.likes = likes;
        this.users = users;
        this.mapper = new ConfluenceEventMapper(clock);
        this.clock = clock;
    }

    List<CapturedEvent> of(List<? extends SpaceContentEntityObject> items) {
        List<CapturedEvent> out = new ArrayList<>();
        Map<Long, ContentEntityObject> liked = new HashMap<>();
        for (SpaceContentEntityObject item : items) {
            liked.put(item.getId(), item);
            mapper.creation(item).ifPresent(out::add);
            out.addAll(versions(item));
            out.addAll(mapper.mentions(item, ConfluenceEventMapper.key(item.getLastModifier()), bodyTime(item)));
            for (Comment comment : currentComments(item)) {
                liked.put(comment.getId(), comment);
                mapper.comment(comment).ifPresent(out::add);
                out.addAll(mapper.mentions(comment, ConfluenceEventMapper.key(comment.getCreator()), bodyTime(comment)));
            }
        }
        out.addAll(likes(liked));
        return out;
    }

    /**
     * Versions 2 on: the current one from the item itself, as live capture saw it; earlier ones from
     * the version history, whose non-deprecated members name a version's contributors, not its last
     * modifier: with one contributor that is the editor, with several (collaborative editing) the
     * one with the lowest user key stands for them, so the import is repeatable.
     */
    private List<CapturedEvent> versions(SpaceContentEntityObject item) {
        List<CapturedEvent> out = new ArrayList<>();
        int current = item.getVersion();
        if (current > 1) {
            mapper.version(item, current, item.getLastModifier(), item.getLastModificationDate()).ifPresent(out::add);
        }
        for (VersionHistorySummary summary : pages.getVersionHistorySummaries(item)) {
            int version = summary.getVersion();
            if (version > 1 && version < current) {
                ConfluenceUser editor = summary.getContributorSet().stream().filter(Objects::nonNull).min(BY_KEY)
                        .orElse(null);
                mapper.version(item, version, editor, summary.getLastModificationDate()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Comments hold their earlier versions too; only the current ones are comments people made. */
    private static List<Comment> currentComments(ContentEntityObject item) {
        List<Comment> out = new ArrayList<>();
        List<Comment> comments = item.getComments();
        if (comments != null) {
            for (Comment c : comments) {
                if (c != null && c.getOriginalVersionId() == null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private List<CapturedEvent> likes(Map<Long, ContentEntityObject> liked) {
        List<CapturedEvent> out = new ArrayList<>();
        for (Map.Entry<Long, List<Like>> entry : likes.getLikes(new ArrayList<>(liked.values())).entrySet()) {
            ContentEntityObject content = liked.get(entry.getKey());
            for (Like like : entry.getValue()) {
                ConfluenceUser liker = like.getUsername() == null ? null : users.getUserByName(like.getUsername());
                mapper.like(content, liker, at(like.getCreatedDate(), null)).ifPresent(out::add);
            }
        }
        return out;
    }

    private Instant bodyTime(ContentEntityObject content) {
        return at(content.getLastModificationDate(), content.getCreationDate());
    }

    private Instant at(Date date, Date fallback) {
        Date d = date != null ? date : fallback;
        return d == null ? clock.instant() : d.toInstant();
    }
}
