package org.valuematrix.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.valuematrix.spi.ContentHistory;
import org.valuematrix.spi.HistoryEvent;
import org.valuematrix.testing.EventBuilder;

/**
 * A host's content made up from a seed: items in each container with their creation, later
 * versions by others, comments and likes over half a year, as a host adapter reports them. It
 * counts how often each item was read, across every node that reads it.
 */
final class GeneratedHistory implements ContentHistory {
    /** One page or issue with every event it implies. */
    static final class Item {
        final long id;
        final String container;
        final Instant createdAt;
        final List<HistoryEvent> events = new ArrayList<>();

        Item(long id, String container, Instant createdAt) {
            this.id = id;
            this.container = container;
            this.createdAt = createdAt;
        }
    }

    /** What a test does when an item is read: nothing, or fail like a dying node. */
    interface ReadHook {
        void read(String container, int batchNumber);
    }

    private final Map<String, List<Item>> byContainer = new LinkedHashMap<>();
    private final Map<Long, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final AtomicInteger batches = new AtomicInteger();
    private volatile ReadHook hook = (c, n) -> { };

    GeneratedHistory(long seed, String[] people, String[] containers, int itemsPerContainer) {
        Random random = new Random(seed);
        long id = 1000;
        for (String container : containers) {
            boolean project = container.equals("SUP");
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < itemsPerContainer; i++) {
                Instant created = EventBuilder.T0.plus(Duration.ofHours(random.nextInt(180 * 24)));
                Item item = new Item(id++, container, created);
                String author = people[random.nextInt(people.length)];
                String type = project ? "issue" : "page";
                String object = String.valueOf(item.id);
                item.events.add(event("test:" + type + ":" + item.id + ":created", created, author, "created", type,
                        object, container, null));
                int follow = random.nextInt(5);
                for (int f = 0; f < follow; f++) {
                    Instant at = created.plus(Duration.ofHours(1 + random.nextInt(30 * 24)));
                    String who = people[random.nextInt(people.length)];
                    String verb = project ? new String[] {"commented", "assigned", "transitioned", "resolved"}[random.nextInt(4)]
                            : new String[] {"updated", "commented", "liked", "mentioned"}[random.nextInt(4)];
                    item.events.add(event("test:" + type + ":" + item.id + ":" + f, at, who, verb, type, object, container,
                            author.equals(who) ? null : author));
                }
                item.events.sort(Comparator.comparing(HistoryEvent::occurredAt));
                items.add(item);
            }
            items.sort(Comparator.comparing((Item it) -> it.createdAt).thenComparingLong(it -> it.id));
            byContainer.put(container, items);
        }
    }

    void onRead(ReadHook hook) {
        this.hook = hook;
    }

    List<HistoryEvent> allEvents() {
        List<HistoryEvent> out = new ArrayList<>();
        byContainer.values().forEach(items -> items.forEach(i -> out.addAll(i.events)));
        return out;
    }

    int itemCount() {
        return byContainer.values().stream().mapToInt(List::size).sum();
    }

    /** @return how often each item was read, by item id */
    Map<Long, Integer> reads() {
        Map<Long, Integer> out = new LinkedHashMap<>();
        reads.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    @Override
    public List<String> containerKeys() {
        // Not in key order: the import must not depend on the host's order.
        List<String> keys = new ArrayList<>(byContainer.keySet());
        java.util.Collections.reverse(keys);
        return keys;
    }

    @Override
    public long countItems(String containerKey) {
        return byContainer.getOrDefault(containerKey, List.of()).size();
    }

    @Override
    public Batch read(String containerKey, String after, Instant since, int limit) {
        hook.read(containerKey, batches.incrementAndGet());
        List<Item> items = byContainer.getOrDefault(containerKey, List.of());
        int start = 0;
        if (after != null) {
            String[] p = after.split(":");
            long at = Long.parseLong(p[0]);
            long id = Long.parseLong(p[1]);
            while (start < items.size() && (items.get(start).createdAt.toEpochMilli() < at
                    || items.get(start).createdAt.toEpochMilli() == at && items.get(start).id <= id)) {
                start++;
            }
        }
        int end = Math.min(items.size(), start + limit);
        List<HistoryEvent> events = new ArrayList<>();
        for (Item item : items.subList(start, end)) {
            reads.computeIfAbsent(item.id, k -> new AtomicInteger()).incrementAndGet();
            events.addAll(item.events);
        }
        events.sort(Comparator.comparing(HistoryEvent::occurredAt));
        if (start == end) {
            return Batch.finishedEmpty();
        }
        Item last = items.get(end - 1);
        return new Batch(end - start, events, last.createdAt.toEpochMilli() + ":" + last.id, end == items.size());
    }

    private static HistoryEvent event(String source, Instant at, String actor, String verb, String type, String id,
            String container, String counterpart) {
        String product = container.equals("SUP") ? "jira" : "confluence";
        return new HistoryEvent(source, at, actor, verb, type, id, type + " " + id, "/x/" + id, container, product,
                counterpart);
    }
}
