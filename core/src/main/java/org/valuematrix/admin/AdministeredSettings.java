package org.valuematrix.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.valuematrix.matrix.MatrixSettings;
import org.valuematrix.matrix.MatrixSettingsStore;
import org.valuematrix.matrix.SettingsAdministration;
import org.valuematrix.rest.Json;

/**
 * A saved change of the matrix settings is recorded in the audit list in its transaction; a new
 * time zone then requests a rebuild of the rollups, which count days in the zone they were built
 * in until the rebuild is done (a request while one runs is picked up when it ends).
 */
public class AdministeredSettings implements SettingsAdministration {
    private final AuditLog audit;
    private final RebuildJobs rebuilds;

    public AdministeredSettings(AuditLog audit, RebuildJobs rebuilds) {
        this.audit = audit;
        this.rebuilds = rebuilds;
    }

    @Override
    public void save(MatrixSettingsStore store, MatrixSettings before, MatrixSettings after, String admin) {
        store.save(after, admin, () -> audit.record(admin, AuditLog.SETTINGS_SAVED, null, Json.write(after.toMap())));
        if (!before.timeZone().normalized().equals(after.timeZone().normalized())) {
            rebuilds.request(false, admin);
        }
    }

    @Override
    public Map<String, Object> rebuild() {
        Map<String, Object> out = new LinkedHashMap<>(rebuilds.status());
        out.put("needed", rebuilds.needed());
        return out;
    }
}
