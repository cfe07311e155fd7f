package org.valuematrix;

import java.time.Duration;

/** Tunables with the defaults of value-matrix.md; hosts may override them at wiring time. */
public final class Settings {
    private final Duration noveltyWindow;
    private final int captureQueueCapacity;
    private final int captureBatchSize;
    private final boolean inlineContainerKeys;

    public Settings(Duration noveltyWindow, int captureQueueCapacity, int captureBatchSize) {
        this(noveltyWindow, captureQueueCapacity, captureBatchSize, false);
    }

    private Settings(Duration noveltyWindow, int captureQueueCapacity, int captureBatchSize,
            boolean inlineContainerKeys) {
        this.noveltyWindow = noveltyWindow;
        this.captureQueueCapacity = captureQueueCapacity;
        this.captureBatchSize = captureBatchSize;
        this.inlineContainerKeys = inlineContainerKeys;
    }

    public static Settings defaults() {
        return new Settings(Duration.ofDays(90), 20_000, 1_000);
    }

    /**
     * These settings, with the stream's visible containers written into its statements as SQL
     * literals instead of joined from a stored set ({@code VisibleSets}): for H2, which tests a
     * row against an IN list of constants through a hash set, and where a page then needs no
     * write for a new set. Not for the hosts' databases: Active Objects rewrites a statement's
     * where clause with a regex unless the clause is one of the last 100 it rewrote
     * (JVM-wide), and two hundred literals cost it about 4 ms, more than the statement itself.
     */
    public Settings withInlinedContainerKeys() {
        return new Settings(noveltyWindow, captureQueueCapacity, captureBatchSize, true);
    }

    /** @see #withInlinedContainerKeys() */
    public boolean inlineContainerKeys() {
        return inlineContainerKeys;
    }

    public Duration noveltyWindow() {
        return noveltyWindow;
    }

    public int captureQueueCapacity() {
        return captureQueueCapacity;
    }

    public int captureBatchSize() {
        return captureBatchSize;
    }
}
