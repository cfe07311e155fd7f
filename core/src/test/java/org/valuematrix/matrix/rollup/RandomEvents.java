package org.valuematrix.matrix.rollup;

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
 * Random events about a few pages, blog posts and issues: every verb, comments as objects of
 * their own (addresses that single the comment out of its item's, as the hosts report them),
 * events alone and interactions (sometimes with oneself), equal instants, times around midnight
 * in most zones, and gaps around the 90-day novelty window.
 */
public final class RandomEvents {
    /** Where an event's item lives: what the test's own computation names items by. */
    static final class Item {
        final String type;
        final String product;
        final String container;
        final String url;
        final String id;

        Item(String type, String product, String container, String url, String id) {
            this.id = id;
            this.type = type;
            this.product = product;
            this.container = container;
            this.url = url;
        }
    }

    private final Random random;
    private final String[] people;
    private final String[] containers;
    private final List<Item> items = new ArrayList<>();

    public RandomEvents(long seed, String[] people, String[] containers) {
        this.random = new Random(seed);
        this.people = people;
        this.containers = containers;
        for (int i = 0; i < 6; i++) {
            String type = i % 3 == 0 ? "issue" : i % 3 == 1 ? "page" : "blogpost";
            String container = containers[random.nextInt(containers.length)];
            items.add(type.equals("issue")
                    ? new Item(type, "jira", container, "/browse/" + container + "-" + i, container + "-" + i)
                    : new Item(type, "confluence", container, "/pages/viewpage.action?pageId=" + (100 + i),
                            String.valueOf(100 + i)));
        }
    }

    public List<CapturedEvent> events(int count) {
        List<CapturedEvent> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(event("s" + i));
        }
        return out;
    }

    private CapturedEvent event(String sourceId) {
        // Slots of 3 days over 180: ties meet again inside and outside the 90-day window.
        Instant at = EventBuilder.T0.plus(Duration.ofDays(3L * random.nextInt(60)))
                .plus(Duration.ofHours(new int[] {0, 11, 14, 23}[random.nextInt(4)]));
        String actor = people[random.nextInt(people.length)];
        String counterpart = random.nextInt(4) == 0 ? null : people[random.nextInt(people.length)];
        Verb verb = Verb.values()[random.nextInt(Verb.values().length)];
        Item item = items.get(random.nextInt(items.size()));
        String container = random.nextInt(5) == 0 ? containers[random.nextInt(containers.length)] : item.container;
        ActivityObject object;
        int roll = random.nextInt(10);
        if (roll == 0) {
            object = new ActivityObject("attachment", "a" + sourceId, "A file", "/download/" + sourceId);
        } else if ((verb == Verb.COMMENTED || verb == Verb.REPLIED || verb == Verb.LIKED) && roll < 6) {
            String url = item.type.equals("issue") ? item.url + "?focusedCommentId=" + sourceId + "#comment-" + sourceId
                    : item.url + "#comment-" + sourceId;
            object = new ActivityObject("comment", "c" + sourceId, "On " + item.url, url);
        } else {
            object = new ActivityObject(item.type, item.id, "Item", item.url);
        }
        return new CapturedEvent(sourceId, at, actor, verb, object, container, item.product, counterpart);
    }
}
