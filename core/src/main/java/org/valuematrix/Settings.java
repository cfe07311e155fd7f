package org.valuematrix;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** Tunables with the defaults of value-matrix.md; hosts may override them at wiring time. */
public final class Settings {
    private final Duration noveltyWindow;
    private final int captureQueueCapacity;
    private final int captureBatchSize;
    private final String viewerGroup;
    private final ZoneId zone;

    public Settings(Duration noveltyWindow, int captureQueueCapacity, int captureBatchSize) {
        this(noveltyWindow, captureQueueCapacity, captureBatchSize, null, ZoneOffset.UTC);
    }

    private Settings(Duration noveltyWindow, int captureQueueCapacity, int captureBatchSize, String viewerGroup,
            ZoneId zone) {
        this.noveltyWindow = noveltyWindow;
        this.captureQueueCapacity = captureQueueCapacity;
        this.captureBatchSize = captureBatchSize;
        this.viewerGroup = viewerGroup;
        this.zone = zone;
    }

    /**
     * @param group a host group whose members see what administrators see (every team with its
     *     groups), or null for none (the default)
     */
    public Settings withViewerGroup(String group) {
        return new Settings(noveltyWindow, captureQueueCapacity, captureBatchSize, group, zone);
    }

    /**
     * @param zone the organisation's time zone, in which the rollups count days (default UTC);
     *     changing it needs a rebuild of the rollups
     */
    public Settings withZone(ZoneId zone) {
        return new Settings(noveltyWindow, captureQueueCapacity, captureBatchSize, viewerGroup, zone);
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

    public ZoneId zone() {
        return zone;
    }
}
