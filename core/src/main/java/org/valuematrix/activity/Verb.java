package org.valuematrix.activity;

import java.util.Locale;
import java.util.Optional;

/** What a person did. */
public enum Verb {
    CREATED,
    UPDATED,
    COMMENTED,
    REPLIED,
    LIKED,
    MENTIONED,
    ASSIGNED,
    TRANSITIONED,
    RESOLVED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Verb> parse(String text) {
        for (Verb verb : values()) {
            if (verb.wire().equals(text)) {
                return Optional.of(verb);
            }
        }
        return Optional.empty();
    }
}
