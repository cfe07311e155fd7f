package org.valuematrix.matrix;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.Query;
import org.valuematrix.matrix.ao.AOMatrixSettings;
import org.valuematrix.rest.Json;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.support.TtlCache;

/**
 * The saved {@link MatrixSettings}, or the defaults before the first save. Every node reads the
 * database again after a few seconds, so a save on one node shows on the others within that.
 */
public class MatrixSettingsStore {
    private static final long TTL_MILLIS = 5_000;

    private final EntityAccess ao;
    private final Clock clock;
    private final TtlCache<String, MatrixSettings> cache;

    public MatrixSettingsStore(EntityAccess ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
        this.cache = new TtlCache<>(clock, TTL_MILLIS, 1);
    }

    public MatrixSettings current() {
        return cache.get("settings", k -> load());
    }

    /** Replaces the saved settings, in one transaction; the last save wins. */
    public void save(MatrixSettings settings, String userKey) {
        save(settings, userKey, () -> { });
    }

    /**
     * Replaces the saved settings and runs {@code alongside} (an audit entry) in the same
     * transaction: both are written or neither.
     */
    public void save(MatrixSettings settings, String userKey, Runnable alongside) {
        String json = Json.write(settings.toMap());
        ao.executeInTransaction(() -> {
            AOMatrixSettings[] rows = ao.find(AOMatrixSettings.class, Query.select());
            if (rows.length > 0) {
                rows[0].setJson(json);
                rows[0].setSavedAt(clock.millis());
                rows[0].setSavedBy(userKey);
                rows[0].save();
                for (int i = 1; i < rows.length; i++) {
                    ao.delete(rows[i]);
                }
            } else {
                Map<String, Object> row = new HashMap<>();
                row.put("JSON", json);
                row.put("SAVED_AT", clock.millis());
                row.put("SAVED_BY", userKey);
                ao.create(AOMatrixSettings.class, row);
            }
            alongside.run();
            return null;
        });
        cache.invalidateAll();
    }

    /** @return the saved settings as the database holds them now, for background work that must not lag */
    public MatrixSettings stored() {
        return load();
    }

    private MatrixSettings load() {
        AOMatrixSettings[] rows = ao.find(AOMatrixSettings.class, Query.select().order("ID DESC").limit(1));
        if (rows.length == 0) {
            return MatrixSettings.defaults();
        }
        try {
            return MatrixSettings.fromMap(Json.mapper().readValue(rows[0].getJson(), new TypeReference<Map<String, Object>>() { }));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("saved matrix settings are not JSON", e);
        }
    }
}
