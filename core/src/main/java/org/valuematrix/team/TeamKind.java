package org.valuematrix.team;

import java.util.Locale;
import java.util.Optional;

/** What kind of silo a team is: inside the company, or a customer's or partner's people. */
public enum TeamKind {
    INTERNAL,
    CUSTOMER,
    PARTNER;

    /** @return the lower-case name used in JSON and storage */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isExternal() {
        return this != INTERNAL;
    }

    public static Optional<TeamKind> parse(String text) {
        for (TeamKind kind : values()) {
            if (kind.wire().equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
