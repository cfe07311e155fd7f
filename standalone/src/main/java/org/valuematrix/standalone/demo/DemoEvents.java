package org.valuematrix.standalone.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.StatusChange;
import org.valuematrix.activity.Verb;
import org.valuematrix.standalone.content.Comment;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentType;
import org.valuematrix.standalone.demo.DemoWorld.Actor;
import org.valuematrix.standalone.demo.DemoWorld.Place;

/** Builds the demo's events as the host's capture reports them, numbered in the order they are made. */
final class DemoEvents {
    private long sequence;
    private final Map<Long, String> statuses = new HashMap<>();
    private final List<Comment> comments = new ArrayList<>();

    /** An event on an item itself (created, updated, liked, mentioned, assigned, transitioned, resolved). */
    CapturedEvent on(Actor actor, Verb verb, Content item, Place place, Instant at, Actor counterpart) {
        StatusChange status = null;
        if (item.type() == ContentType.ISSUE && (verb == Verb.TRANSITIONED || verb == Verb.RESOLVED)) {
            String from = statuses.getOrDefault(item.id(), "To Do");
            String to = verb == Verb.RESOLVED ? "Done" : next(from);
            statuses.put(item.id(), to);
            status = new StatusChange(from, to);
        }
        return event(actor, verb, object(item), place, at, counterpart, status);
    }

    /** The demo's Jira workflow: To Do → In Progress ⇄ In Review, Done → Reopened → In Progress. */
    private static String next(String status) {
        switch (status) {
            case "In Progress": return "In Review";
            case "Done": return "Reopened";
            default: return "In Progress";
        }
    }

    /**
     * A comment or reply on an item: an object of its own, at its anchor on the item's page, and
     * the comment itself, with the words the entry shows, for the loader to store with the item.
     */
    CapturedEvent comment(Actor actor, Verb verb, Content item, Place place, Instant at, Actor counterpart) {
        String id = "demo-comment-" + (sequence + 1);
        ActivityObject comment = new ActivityObject("comment", id, item.title(), item.url() + "#comment-" + id);
        comments.add(new Comment(0, item.id(), actor.key(), DemoComments.text(sequence + 1, verb, item), at, id));
        return event(actor, verb, comment, place, at, counterpart, null);
    }

    /** @return the comments made since the last call, oldest first */
    List<Comment> takeComments() {
        List<Comment> out = List.copyOf(comments);
        comments.clear();
        return out;
    }

    private CapturedEvent event(Actor actor, Verb verb, ActivityObject object, Place place, Instant at,
            Actor counterpart, StatusChange status) {
        return new CapturedEvent("demo:" + (++sequence), at, actor.key(), verb, object, place.spec.key(),
                place.spec.product(), counterpart == null ? null : counterpart.key(), status);
    }

    private static ActivityObject object(Content item) {
        return new ActivityObject(item.type().wire(), String.valueOf(item.id()), item.title(), item.url());
    }
}
