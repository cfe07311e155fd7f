package org.valuematrix.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A stored, classified activity event. */
public final class ActivityEvent {
    private final long id;
    private final CapturedEvent captured;
    private final Classification classification;

    public ActivityEvent(long id, CapturedEvent captured, Classification classification) {
        this.id = id;
        this.captured = Objects.requireNonNull(captured, "captured");
        this.classification = Objects.requireNonNull(classification, "classification");
    }

    public long id() {
        return id;
    }

    public CapturedEvent captured() {
        return captured;
    }

    public Classification classification() {
        return classification;
    }

    public Instant occurredAt() {
        return captured.occurredAt();
    }

    public String actor() {
        return captured.actor();
    }

    public Verb verb() {
        return captured.verb();
    }

    public ActivityObject object() {
        return captured.object();
    }

    public String containerKey() {
        return captured.containerKey();
    }

    public Optional<String> counterpart() {
        return captured.counterpart();
    }

    public Optional<Scope> scope() {
        return classification.scope();
    }

    public Optional<Novelty> novelty() {
        return classification.novelty();
    }
}
