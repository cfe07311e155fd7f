package org.valuematrix.matrix.rollup;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.Query;
import org.valuematrix.matrix.ao.AORollupState;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.support.TtlCache;

/**
 * The rollups' one {@link AORollupState} row: the zone they are counted in and how far a running
 * rebuild has come. Maintenance reads it in every batch's transaction ({@link #coverage()}); the
 * matrix's reader asks for the zone through {@link #zones()}, which keeps it a few seconds.
 */
public class RollupStates {
    static final String NAME = "rollups";
    private static final long ZONE_TTL_MILLIS = 2_000;

    private final EntityAccess ao;
    private final TtlCache<String, ZoneId> zones;

    public RollupStates(EntityAccess ao, Clock clock) {
        this.ao = ao;
        this.zones = new TtlCache<>(clock, ZONE_TTL_MILLIS, 1);
    }

    /**
     * Creates the row if there is none yet, with the zone the rollups have been counted in so far.
     * Two nodes may race to create it; the loser finds the winner's.
     */
    public void ensure(ZoneId initial) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (find() != null) {
                return;
            }
            try {
                ao.executeInTransaction(() -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("NAME", NAME);
                    row.put("ZONE", initial.getId());
                    row.put("REBUILDING", false);
                    row.put("COVERED_TO", Long.MAX_VALUE);
                    row.put("STATE", "idle");
                    row.put("RECLASSIFY", false);
                    row.put("REQUESTED_AT", 0L);
                    row.put("STARTED_AT", 0L);
                    row.put("FINISHED_AT", 0L);
                    row.put("HEARTBEAT_AT", 0L);
                    row.put("EVENTS_DONE", 0L);
                    row.put("EVENTS_TOTAL", 0L);
                    return ao.create(AORollupState.class, row);
                });
                return;
            } catch (RuntimeException e) {
                if (find() != null) {
                    return;
                }
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** @return what the tables hold, as committed now; read inside the caller's transaction */
    public RollupCoverage coverage() {
        AORollupState row = row();
        return new RollupCoverage(ZoneId.of(row.getZone()), row.isRebuilding() ? row.getCoveredTo() : Long.MAX_VALUE);
    }

    /** @return the zone the rollups are counted in, as read at most a few seconds ago */
    public Supplier<ZoneId> zones() {
        return () -> zones.get("zone", k -> ZoneId.of(row().getZone()));
    }

    /** Forgets the zone kept for {@link #zones()}, after this node changed it. */
    public void forgetZone() {
        zones.invalidateAll();
    }

    /** @return the row, for reading or changing it in the caller's transaction */
    public AORollupState row() {
        AORollupState row = find();
        if (row == null) {
            throw new IllegalStateException("the rollup state row is missing; ensure() creates it");
        }
        return row;
    }

    private AORollupState find() {
        AORollupState[] rows = ao.find(AORollupState.class, Query.select().where("NAME = ?", NAME));
        return rows.length == 0 ? null : rows[0];
    }
}
