package org.valuematrix.activity;

import java.util.Locale;
import java.util.Optional;

/** Where an interaction happened relative to the silos (value-matrix.md, "Classifying"). */
public enum Scope {
    WITHIN,
    ACROSS,
    EXTERNAL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> parse(String text) {
        for (Scope scope : values()) {
            if (scope.wire().equals(text)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
