package org.valuematrix.matrix;

import java.util.Locale;
import java.util.Optional;

/** How a matrix period is cut: a calendar week, month or quarter, or a custom range of days. */
public enum PeriodKind {
    WEEK,
    MONTH,
    QUARTER,
    CUSTOM;

    /** @return the name in JSON and query parameters ({@code week}, {@code month}, …) */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the kind named {@code text} exactly as {@link #wire()} spells it, or empty */
    public static Optional<PeriodKind> parse(String text) {
        for (PeriodKind kind : values()) {
            if (kind.wire().equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
