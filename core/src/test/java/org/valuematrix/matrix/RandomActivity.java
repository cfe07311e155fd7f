package org.valuematrix.matrix;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.testing.EventBuilder;

/**
 * Random events in a {@link RandomOrganisation}: pages, blog posts and issues created, answered,
 * transitioned and resolved, comments as objects of their own (at the item's address with the
 * comment singled out), events alone and interactions (often between people who share a group,
 * sometimes with oneself), by anyone in the organisation, mostly in the item's container. Times are
 * on whole seconds, often on the same few instants of a day (equal instants, times around midnight),
 * over five months: ties meet again inside and outside the 90-day novelty window.
 */
final class RandomActivity {
    private static final Instant START = EventBuilder.T0.minus(Duration.ofDays(30));
    static final int DAYS = 150;

    private final Random random;
    private final RandomOrganisation org;
    private final List<String[]> items = new ArrayList<>();
    private final List<CapturedEvent> interactions = new ArrayList<>();

    RandomActivity(Random random, RandomOrganisation org) {
        this.random = random;
        this.org = org;
        List<String> containers = new ArrayList<>(org.isProject.keySet());
        int count = 3 + random.nextInt(38);
        for (int i = 0; i < count; i++) {
            String container = containers.get(random.nextInt(containers.size()));
            if (org.isProject.get(container)) {
                items.add(new String[] {"issue", "jira", container, "/browse/" + container + "-" + i, container + "-" + i});
            } else {
                String type = random.nextBoolean() ? "page" : "blogpost";
                String id = String.valueOf(1000 + i);
                items.add(new String[] {type, "confluence", container, "/pages/viewpage.action?pageId=" + id, id});
            }
        }
    }

    /** @return the first day any event may fall on (in UTC) */
    static Instant start() {
        return START;
    }

    List<CapturedEvent> events(int count) {
        List<CapturedEvent> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(event("e" + i));
        }
        return out;
    }

    private CapturedEvent event(String sourceId) {
        Instant at = START.plus(Duration.ofDays(random.nextInt(DAYS)))
                .plus(Duration.ofHours(new int[] {0, 1, 11, 14, 23}[random.nextInt(5)]))
                .plus(Duration.ofSeconds(random.nextInt(3) == 0 ? random.nextInt(3600) : 0));
        String actor = org.people.get(random.nextInt(org.people.size()));
        String counterpart = counterpart(actor);
        if (!interactions.isEmpty() && random.nextInt(6) == 0) {
            // The same tie again at the same instant, or just inside, at or just outside the
            // 90-day window after or before an earlier interaction.
            CapturedEvent earlier = interactions.get(random.nextInt(interactions.size()));
            long seconds = new long[] {0, 90L * 86_400 - 1, 90L * 86_400, 90L * 86_400 + 1}[random.nextInt(4)];
            at = earlier.occurredAt().plusSeconds(random.nextBoolean() ? seconds : -seconds);
            boolean swap = random.nextBoolean();
            actor = swap ? earlier.counterpart().get() : earlier.actor();
            counterpart = swap ? earlier.actor() : earlier.counterpart().get();
        }
        String[] item = items.get(random.nextInt(items.size()));
        Verb verb = random.nextInt(6) == 0 ? Verb.CREATED : Verb.values()[random.nextInt(Verb.values().length)];
        List<String> containers = new ArrayList<>(org.isProject.keySet());
        String container = random.nextInt(8) == 0 ? containers.get(random.nextInt(containers.size())) : item[2];
        ActivityObject object;
        int roll = random.nextInt(10);
        if (roll == 0) {
            object = new ActivityObject("attachment", "a" + sourceId, "A file", "/download/" + sourceId);
        } else if ((verb == Verb.COMMENTED || verb == Verb.REPLIED || verb == Verb.LIKED || verb == Verb.RESOLVED)
                && roll < 6) {
            String url = item[0].equals("issue") ? item[3] + "?focusedCommentId=" + sourceId + "#comment-" + sourceId
                    : item[3] + "#comment-" + sourceId;
            object = new ActivityObject("comment", "c" + sourceId, "On " + item[4], url);
        } else {
            object = new ActivityObject(item[0], item[4], "Item " + item[4], item[3]);
        }
        CapturedEvent e = new CapturedEvent(sourceId, at, actor, verb, object, container, item[1], counterpart);
        if (e.isInteraction()) {
            interactions.add(e);
        }
        return e;
    }

    /** None, the actor, someone who shares a group with the actor, or anyone. */
    private String counterpart(String actor) {
        int roll = random.nextInt(20);
        if (roll < 4) {
            return null;
        }
        if (roll == 4) {
            return actor;
        }
        if (roll < 12) {
            List<String> near = new ArrayList<>();
            for (String p : org.people) {
                if (!p.equals(actor) && org.groupsOf.get(p).stream().anyMatch(g -> !g.equals(RandomOrganisation.STAFF)
                        && org.groupsOf.get(actor).contains(g))) {
                    near.add(p);
                }
            }
            if (!near.isEmpty()) {
                return near.get(random.nextInt(near.size()));
            }
        }
        return org.people.get(random.nextInt(org.people.size()));
    }
}
