package org.valuematrix.matrix.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Epoch days in the organisation's time zone: the rollups' time key. */
public final class Days {
    private Days() {
    }

    /** @return the epoch day on which {@code at} falls in {@code zone} */
    public static long of(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().toEpochDay();
    }

    /** @return the first instant of the epoch day in {@code zone}, epoch milliseconds */
    public static long startMillis(long epochDay, ZoneId zone) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
