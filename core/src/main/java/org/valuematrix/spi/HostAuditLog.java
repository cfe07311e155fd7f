package org.valuematrix.spi;

/**
 * The host's own audit log, where administrators already look (Confluence 7.5+ and Jira 8.8+:
 * {@code com.atlassian.audit.api.AuditService}). Core writes its audit rows itself (its tables are
 * the record users read through Value Matrix); this port only repeats the changes that widen or
 * narrow who may enter a customer-facing space, so the host's log tells the whole story.
 *
 * <p>Contract:
 * <ul>
 * <li>Best effort: the host's log is a copy. An implementation never throws (it logs its own
 * failure), so a change that core has committed is never reported as failed because of it.</li>
 * <li>The host attributes the entry to the user of the current request (the host's audit service
 * reads it itself); a background job's entry has no user.</li>
 * <li>{@link #NONE} is the choice of a host without such a log: the standalone host keeps only
 * core's audit rows, which hold the same facts.</li>
 * </ul>
 */
public interface HostAuditLog {

    /** A host without an audit log of its own. */
    HostAuditLog NONE = (spaceKey, spaceName, action, from, to, reason, diff) -> { };

    /**
     * Records one change of a customer-facing space.
     *
     * @param spaceKey the space key
     * @param spaceName its display name
     * @param action what happened, one of core's audit actions ({@code created}, {@code stage},
     *     {@code expired}, …)
     * @param from the stage before ({@code rehearsal}, {@code invited}, {@code public}), null on creation
     * @param to the stage after, or null when the stage did not change
     * @param reason the reason the person gave, or null
     * @param diff the grants added and removed, one a line ({@code +VIEWSPACE group:acme}), or empty
     */
    void spaceChanged(String spaceKey, String spaceName, String action, String from, String to, String reason,
            String diff);
}
