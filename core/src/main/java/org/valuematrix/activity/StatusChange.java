package org.valuematrix.activity;

import java.util.Objects;

/** A work item's status before and after an event (Jira's "To Do" → "In Progress"), as the host names them. */
public final class StatusChange {
    /** Statuses are short names; a longer one is cut, as titles are. */
    public static final int MAX_LENGTH = 64;

    private final String from;
    private final String to;

    /** @param from the status before, or null when unknown (a new item) */
    public StatusChange(String from, String to) {
        this.from = from == null || from.isBlank() ? null : clip(from);
        this.to = clip(Objects.requireNonNull(to, "to"));
    }

    private static String clip(String s) {
        return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH);
    }

    public java.util.Optional<String> from() {
        return java.util.Optional.ofNullable(from);
    }

    public String to() {
        return to;
    }

    /** @return the change read from stored columns, or null when the event changed no status */
    public static StatusChange of(String from, String to) {
        return to == null || to.isBlank() ? null : new StatusChange(from, to);
    }
}
