package org.valuematrix.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;

/**
 * Test data for captured events: sensible defaults (a comment by ann on bob's page in ENG, at
 * {@link #T0}), each overridable. Source ids are unique unless set.
 */
public final class EventBuilder {
    /** A fixed instant most tests measure from. */
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private String sourceId = "test-" + SEQUENCE.incrementAndGet();
    private Instant occurredAt = T0;
    private String actor = "ann";
    private Verb verb = Verb.COMMENTED;
    private String objectType = "page";
    private String objectId = "1";
    private String title = "A page";
    private String url = "/pages/1";
    private String container = "ENG";
    private String product = "confluence";
    private String counterpart = "bob";

    private EventBuilder() {
    }

    public static EventBuilder event() {
        return new EventBuilder();
    }

    /** An interaction: {@code actor} responds to {@code counterpart}. */
    public static EventBuilder interaction(String actor, String counterpart) {
        return event().actor(actor).counterpart(counterpart);
    }

    public EventBuilder sourceId(String v) {
        sourceId = v;
        return this;
    }

    public EventBuilder at(Instant v) {
        occurredAt = v;
        return this;
    }

    /** @param days days after {@link #T0} (negative: before) */
    public EventBuilder day(long days) {
        occurredAt = T0.plus(Duration.ofDays(days));
        return this;
    }

    public EventBuilder actor(String v) {
        actor = v;
        return this;
    }

    public EventBuilder verb(Verb v) {
        verb = v;
        return this;
    }

    public EventBuilder object(String type, String id, String objectTitle, String objectUrl) {
        objectType = type;
        objectId = id;
        title = objectTitle;
        url = objectUrl;
        return this;
    }

    public EventBuilder title(String v) {
        title = v;
        return this;
    }

    public EventBuilder url(String v) {
        url = v;
        return this;
    }

    public EventBuilder in(String containerKey) {
        container = containerKey;
        return this;
    }

    public EventBuilder product(String v) {
        product = v;
        return this;
    }

    public EventBuilder counterpart(String v) {
        counterpart = v;
        return this;
    }

    /** No counterpart: participation, not an interaction. */
    public EventBuilder alone() {
        counterpart = null;
        return this;
    }

    public CapturedEvent build() {
        return new CapturedEvent(sourceId, occurredAt, actor, verb, new ActivityObject(objectType, objectId, title, url),
                container, product, counterpart);
    }
}
