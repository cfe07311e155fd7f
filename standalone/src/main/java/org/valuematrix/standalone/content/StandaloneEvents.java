package org.valuematrix.standalone.content;

import java.time.Instant;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.StatusChange;
import org.valuematrix.activity.Verb;

/**
 * The standalone host's actions as activity events: the one mapping its live capture
 * ({@link ContentActions}), its demo and its history import all use, so the same action has the
 * same source id and the same counterpart however it reaches Value Matrix. Counterparts follow the
 * products: an edit, comment, like or change of status responds to the item's author, a reply to
 * the author of the comment it answers, an assignment to the new assignee, a mention to the person
 * mentioned; none when that is the actor.
 */
public final class StandaloneEvents {
    private StandaloneEvents() {
    }

    public static CapturedEvent created(Content c, String product) {
        return new CapturedEvent("standalone:content:" + c.id(), c.createdAt(), c.author(), Verb.CREATED, object(c),
                c.containerKey(), product, null);
    }

    /** @param parentAuthor the author of the comment this one answers, or null for a comment on the item */
    public static CapturedEvent comment(Content c, long commentId, String author, String parentAuthor, Instant at,
            String product) {
        Verb verb = parentAuthor == null ? Verb.COMMENTED : Verb.REPLIED;
        return new CapturedEvent("standalone:comment:" + commentId, at, author, verb,
                new ActivityObject("comment", String.valueOf(commentId), c.title(), c.url() + "#comment-" + commentId),
                c.containerKey(), product, other(parentAuthor == null ? c.author() : parentAuthor, author));
    }

    public static CapturedEvent version(Content c, int version, String author, Instant at, String product) {
        return new CapturedEvent("standalone:version:" + c.id() + ":" + version, at, author, Verb.UPDATED, object(c),
                c.containerKey(), product, other(c.author(), author));
    }

    public static CapturedEvent like(Content c, String user, Instant at, String product) {
        return new CapturedEvent("standalone:like:" + c.id() + ":" + user, at, user, Verb.LIKED, object(c),
                c.containerKey(), product, other(c.author(), user));
    }

    public static CapturedEvent mention(Content c, String mentioned, String author, Instant at, String product) {
        return new CapturedEvent("standalone:mention:" + c.id() + ":" + mentioned, at, author, Verb.MENTIONED, object(c),
                c.containerKey(), product, other(mentioned, author));
    }

    /**
     * @param kind assigned, transitioned or resolved
     * @param status the statuses before and after a transition or resolution; null for an assignment
     */
    public static CapturedEvent change(Content c, String kind, String assignee, String author, Instant at,
            String product, StatusChange status) {
        Verb verb = Verb.parse(kind).filter(v -> v == Verb.ASSIGNED || v == Verb.TRANSITIONED || v == Verb.RESOLVED)
                .orElseThrow(() -> new IllegalArgumentException("not an issue change: " + kind));
        String counterpart = verb == Verb.ASSIGNED ? other(assignee, author) : other(c.author(), author);
        return new CapturedEvent("standalone:" + kind + ":" + c.id() + ":" + at.toEpochMilli(), at, author, verb,
                object(c), c.containerKey(), product, counterpart, status);
    }

    private static ActivityObject object(Content c) {
        return new ActivityObject(c.type().wire(), String.valueOf(c.id()), c.title(), c.url());
    }

    private static String other(String person, String actor) {
        return person == null || person.equals(actor) ? null : person;
    }
}
