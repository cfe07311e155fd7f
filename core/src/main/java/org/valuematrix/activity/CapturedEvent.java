package org.valuematrix.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.valuematrix.spi.HistoryEvent;

/**
 * Something a person did, as a host reports it, before classification. {@code sourceId}
 * identifies the host event: the same source id twice is stored once.
 */
public final class CapturedEvent {
    private final String sourceId;
    private final Instant occurredAt;
    private final String actor;
    private final Verb verb;
    private final ActivityObject object;
    private final String containerKey;
    private final String product;
    private final String counterpart;
    private final StatusChange status;

    public CapturedEvent(String sourceId, Instant occurredAt, String actor, Verb verb, ActivityObject object,
            String containerKey, String product, String counterpart) {
        this(sourceId, occurredAt, actor, verb, object, containerKey, product, counterpart, null);
    }

    /** @param status the work item's status before and after, for a transition or resolution; or null */
    public CapturedEvent(String sourceId, Instant occurredAt, String actor, Verb verb, ActivityObject object,
            String containerKey, String product, String counterpart, StatusChange status) {
        this.status = status;
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.verb = Objects.requireNonNull(verb, "verb");
        this.object = Objects.requireNonNull(object, "object");
        this.containerKey = Objects.requireNonNull(containerKey, "containerKey");
        this.product = Objects.requireNonNull(product, "product");
        this.counterpart = counterpart;
    }

    public String sourceId() {
        return sourceId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Verb verb() {
        return verb;
    }

    public ActivityObject object() {
        return object;
    }

    public String containerKey() {
        return containerKey;
    }

    public String product() {
        return product;
    }

    /** @return the person the action responds to, if any (may equal the actor) */
    public Optional<String> counterpart() {
        return Optional.ofNullable(counterpart);
    }

    /** @return the work item's status before and after, when the event changed it */
    public Optional<StatusChange> status() {
        return Optional.ofNullable(status);
    }

    /** An interaction is an event with a counterpart who is not the actor. */
    public boolean isInteraction() {
        return counterpart != null && !counterpart.equals(actor);
    }

    /** @return this event as a content history hands it to the history import, status included */
    public HistoryEvent toHistoryEvent() {
        return new HistoryEvent(sourceId, occurredAt, actor, verb.wire(), object.type(), object.id(), object.title(),
                object.url(), containerKey, product, counterpart, status == null ? null : status.from().orElse(null),
                status == null ? null : status.to());
    }
}
