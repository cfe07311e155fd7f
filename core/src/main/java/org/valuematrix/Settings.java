package org.valuematrix;

import java.time.Duration;

/** Tunables with the defaults of value-matrix.md; hosts may override them at wiring time. */
public final class Settings {
    private final Duration noveltyWindow;
    private final int captureQueueCapacity;
    private final int captureBatchSize;

    public Settings(Duration noveltyWindow, int captureQueueCapacity, int captureBatchSize) {
        this.noveltyWindow = noveltyWindow;
        this.captureQueueCapacity = captureQueueCapacity;
        this.captureBatchSize = captureBatchSize;
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
}
