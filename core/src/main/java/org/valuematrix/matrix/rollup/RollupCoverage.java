package org.valuematrix.matrix.rollup;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the rollup tables hold at one moment: days counted in {@link #zone()}, and the stored
 * events that occurred up to {@link #coveredTo()} (all of them unless a rebuild is filling the
 * tables; the rebuild counts the later ones when it reaches them).
 */
public final class RollupCoverage {
    private final ZoneId zone;
    private final long coveredTo;

    /** @param coveredTo epoch milliseconds; {@link Long#MAX_VALUE} when no rebuild is running */
    public RollupCoverage(ZoneId zone, long coveredTo) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.coveredTo = coveredTo;
    }

    /** Every event counted, in {@code zone}. */
    public static RollupCoverage complete(ZoneId zone) {
        return new RollupCoverage(zone, Long.MAX_VALUE);
    }

    public ZoneId zone() {
        return zone;
    }

    public long coveredTo() {
        return coveredTo;
    }

    /** @return whether an event that occurred at {@code at} belongs in the tables now */
    public boolean covers(Instant at) {
        return at.toEpochMilli() <= coveredTo;
    }
}
