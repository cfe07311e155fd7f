package org.valuematrix.activity;

import java.util.Locale;
import java.util.Optional;

/** Whether an interaction's tie is new (no interaction in the baseline window before it). */
public enum Novelty {
    NEW,
    EXISTING;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Novelty> parse(String text) {
        for (Novelty novelty : values()) {
            if (novelty.wire().equals(text)) {
                return Optional.of(novelty);
            }
        }
        return Optional.empty();
    }
}
