package org.valuematrix.spaces;

import java.util.Locale;
import java.util.Optional;

/**
 * How far a customer-facing space is open: rehearsal (internal group and moderators only),
 * invited (the named external groups view and comment), public (anonymous view too). The order
 * of the constants is the order of opening.
 */
public enum SpaceStage {
    REHEARSAL,
    INVITED,
    PUBLIC;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SpaceStage> parse(String text) {
        for (SpaceStage s : values()) {
            if (s.wire().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** @return true when {@code to} opens the space further than this stage */
    public boolean opensTo(SpaceStage to) {
        return to.ordinal() > ordinal();
    }
}
