package org.valuematrix.standalone.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.StatusChange;
import org.valuematrix.activity.Verb;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentRecords;
import org.valuematrix.standalone.content.ContentType;
import org.valuematrix.standalone.content.StandaloneEvents;
import org.valuematrix.standalone.demo.DemoWorld.Actor;
import org.valuematrix.standalone.demo.DemoWorld.Place;

/**
 * Builds the demo's events as the host's capture reports them, and records the host's side of
 * each (a version, a comment or reply, a like, a mention, an issue change) so the history import
 * finds them in the content store: such an event has the source id and counterpart the host's own
 * mapping ({@link StandaloneEvents}) gives. An event the host could not have recorded keeps a
 * demo source id ({@code demo:N}) and leaves no record: a reply to someone who wrote no comment on
 * the item, a comment addressed to someone other than the item's author, a second like of an item
 * by the same person, a second mention of the same person on an item.
 */
final class DemoEvents {
    private long sequence;
    private long nextCommentId;
    private final Map<Long, Integer> versions = new HashMap<>();
    private final Map<Long, List<ContentRecords.CommentRecord>> commentsOf = new HashMap<>();
    private final Set<String> recorded = new HashSet<>();
    private final List<ContentRecords.Version> versionRows = new ArrayList<>();
    private final List<ContentRecords.CommentRecord> commentRows = new ArrayList<>();
    private final List<ContentRecords.Like> likeRows = new ArrayList<>();
    private final List<ContentRecords.Mention> mentionRows = new ArrayList<>();
    private final List<ContentRecords.IssueChange> changeRows = new ArrayList<>();
    private final Map<Long, String> statuses = new HashMap<>();

    DemoEvents(long firstCommentId) {
        this.nextCommentId = firstCommentId;
    }

    /** @return what the host recorded for the events made so far */
    ContentRecords.Of records() {
        return new ContentRecords.Of(versionRows, commentRows, likeRows, mentionRows, changeRows);
    }

    /** An event on an item itself (created, updated, liked, mentioned, assigned, transitioned, resolved). */
    CapturedEvent on(Actor actor, Verb verb, Content item, Place place, Instant at, Actor counterpart) {
        String product = place.spec.product();
        String other = counterpart == null ? null : counterpart.key();
        StatusChange status = status(item, verb);
        CapturedEvent host;
        int version = versions.getOrDefault(item.id(), 1) + 1;
        switch (verb) {
            case CREATED: host = StandaloneEvents.created(item, product); break;
            case UPDATED: host = StandaloneEvents.version(item, version, actor.key(), at, product); break;
            case LIKED: host = StandaloneEvents.like(item, actor.key(), at, product); break;
            case MENTIONED: host = other == null ? null : StandaloneEvents.mention(item, other, actor.key(), at, product); break;
            default: host = StandaloneEvents.change(item, verb.wire(), other, actor.key(), at, product, status); break;
        }
        if (host == null || !same(host, actor, at, other) || !recorded.add(host.sourceId())) {
            return event(actor, verb, object(item), place, at, counterpart, status);
        }
        switch (verb) {
            case UPDATED:
                versions.put(item.id(), version);
                versionRows.add(new ContentRecords.Version(item.id(), version, actor.key(), at));
                break;
            case LIKED: likeRows.add(new ContentRecords.Like(item.id(), actor.key(), at)); break;
            case MENTIONED: mentionRows.add(new ContentRecords.Mention(item.id(), other, actor.key(), at)); break;
            case ASSIGNED: case TRANSITIONED: case RESOLVED:
                changeRows.add(new ContentRecords.IssueChange(item.id(), verb.wire(), verb == Verb.ASSIGNED ? other : null,
                        actor.key(), at, status == null ? null : status.from().orElse(null),
                        status == null ? null : status.to()));
                break;
            default: break;
        }
        return host;
    }

    /** A comment or reply on an item: an object of its own, at the item's address. */
    CapturedEvent comment(Actor actor, Verb verb, Content item, Place place, Instant at, Actor counterpart) {
        String other = counterpart == null ? null : counterpart.key();
        ContentRecords.CommentRecord parent = verb == Verb.REPLIED ? lastCommentBy(item, other) : null;
        if (verb == Verb.COMMENTED || parent != null) {
            long id = nextCommentId;
            CapturedEvent host = StandaloneEvents.comment(item, id, actor.key(), parent == null ? null : parent.author(),
                    at, place.spec.product());
            if (host.verb() == verb && same(host, actor, at, other)) {
                nextCommentId++;
                ContentRecords.CommentRecord row = new ContentRecords.CommentRecord(id, item.id(),
                        parent == null ? null : parent.commentId(), actor.key(), DemoComments.text(sequence + 1, verb, item), at);
                commentRows.add(row);
                commentsOf.computeIfAbsent(item.id(), k -> new ArrayList<>()).add(row);
                return host;
            }
        }
        ActivityObject comment = new ActivityObject("comment", "demo-comment-" + (sequence + 1), item.title(), item.url());
        return event(actor, verb, comment, place, at, counterpart, null);
    }

    private ContentRecords.CommentRecord lastCommentBy(Content item, String author) {
        List<ContentRecords.CommentRecord> comments = commentsOf.getOrDefault(item.id(), List.of());
        for (int i = comments.size() - 1; i >= 0; i--) {
            if (comments.get(i).author().equals(author)) {
                return comments.get(i);
            }
        }
        return null;
    }

    private static boolean same(CapturedEvent host, Actor actor, Instant at, String counterpart) {
        return host.actor().equals(actor.key()) && host.occurredAt().equals(at)
                && Objects.equals(host.counterpart().orElse(null), counterpart);
    }

    private CapturedEvent event(Actor actor, Verb verb, ActivityObject object, Place place, Instant at,
            Actor counterpart, StatusChange status) {
        return new CapturedEvent("demo:" + (++sequence), at, actor.key(), verb, object, place.spec.key(),
                place.spec.product(), counterpart == null ? null : counterpart.key(), status);
    }

    /** An issue's transition or resolution moves it along the demo's workflow; other events have no status. */
    private StatusChange status(Content item, Verb verb) {
        if (item.type() != ContentType.ISSUE || (verb != Verb.TRANSITIONED && verb != Verb.RESOLVED)) {
            return null;
        }
        String from = statuses.getOrDefault(item.id(), "To Do");
        String to = verb == Verb.RESOLVED ? "Done" : next(from);
        statuses.put(item.id(), to);
        return new StatusChange(from, to);
    }

    /** The demo's Jira workflow: To Do → In Progress ⇄ In Review, Done → Reopened → In Progress. */
    private static String next(String status) {
        switch (status) {
            case "In Progress": return "In Review";
            case "Done": return "Reopened";
            default: return "In Progress";
        }
    }

    private static ActivityObject object(Content item) {
        return new ActivityObject(item.type().wire(), String.valueOf(item.id()), item.title(), item.url());
    }
}
