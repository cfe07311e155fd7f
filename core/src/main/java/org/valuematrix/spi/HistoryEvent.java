package org.valuematrix.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One host action read back from the host's content ({@link ContentHistory}): the same fields,
 * with the same meaning and values, as the event live capture reports for that action.
 */
public final class HistoryEvent {
    private final String sourceId;
    private final Instant occurredAt;
    private final String actor;
    private final String verb;
    private final String objectType;
    private final String objectId;
    private final String title;
    private final String url;
    private final String containerKey;
    private final String product;
    private final String counterpart;
    private final String statusFrom;
    private final String statusTo;

    /**
     * @param verb the activity verb's wire name: created, updated, commented, replied, liked,
     *     mentioned, assigned, transitioned or resolved
     * @param url the object's address under the site's base URL (may be empty)
     * @param counterpart the person the action responds to, or null
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public HistoryEvent(String sourceId, Instant occurredAt, String actor, String verb, String objectType,
            String objectId, String title, String url, String containerKey, String product, String counterpart) {
        this(sourceId, occurredAt, actor, verb, objectType, objectId, title, url, containerKey, product, counterpart,
                null, null);
    }

    /**
     * @param statusFrom the work item's status before a transition or resolution, or null when unknown
     * @param statusTo its status after, or null when the action changed no status
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public HistoryEvent(String sourceId, Instant occurredAt, String actor, String verb, String objectType,
            String objectId, String title, String url, String containerKey, String product, String counterpart,
            String statusFrom, String statusTo) {
        this.statusFrom = statusFrom;
        this.statusTo = statusTo;
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.verb = Objects.requireNonNull(verb, "verb");
        this.objectType = Objects.requireNonNull(objectType, "objectType");
        this.objectId = Objects.requireNonNull(objectId, "objectId");
        this.title = title == null ? "" : title;
        this.url = url == null ? "" : url;
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

    public String verb() {
        return verb;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    public String containerKey() {
        return containerKey;
    }

    public String product() {
        return product;
    }

    /** @return the person the action responds to, or null */
    public String counterpart() {
        return counterpart;
    }

    /** @return the status before the action, or null */
    public String statusFrom() {
        return statusFrom;
    }

    /** @return the status after the action, or null when it changed no status */
    public String statusTo() {
        return statusTo;
    }
}
