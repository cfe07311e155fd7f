package org.valuematrix;

import java.time.Duration;
import java.util.Optional;

/** Tunables with the defaults of value-matrix.md; hosts may override them at wiring time. */
public final class Settings {
    private final Duration noveltyWindow;
    private final int captureQueueCapacity;
    private final int captureBatchSize;
    private final String viewerGroup;

    public Settings(Duration noveltyWindow, int captureQueueCapacity, int captureBatchSize) {
        this(noveltyWindow, captureQueueCapacity, captureBatchSize, null);
    }

    private Settings(Duration noveltyWindow, int captureQueueCapacity, int captureBatchSize, String viewerGroup) {
        this.noveltyWindow = noveltyWindow;
        this.captureQueueCapacity = captureQueueCapacity;
        this.captureBatchSize = captureBatchSize;
        this.viewerGroup = viewerGroup;
    }

    /**
     * @param group a host group whose members see what administrators see (every team with its
     *     groups), or null for none (the default)
     */
    public Settings withViewerGroup(String group) {
        return new Settings(noveltyWindow, captureQueueCapacity, captureBatchSize, group);
    }

    public static Settings defaults() {
        return new Settings(Duration.ofDays(90), 20_000, 1_000);
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

    public Optional<String> viewerGroup() {
        return Optional.ofNullable(viewerGroup);
    }
}
