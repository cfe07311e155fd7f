package org.valuematrix.matrix;

import java.util.Map;

/**
 * What else a change of the matrix settings sets off, and what the settings answer says about it:
 * the audit entry, and the rebuild of the rollups that a new time zone needs. A port, so that the
 * matrix knows nothing of how administration is done.
 */
public interface SettingsAdministration {
    /**
     * Saves the settings through {@code store}, with whatever must be written in the same
     * transaction, and starts what the change needs.
     */
    void save(MatrixSettingsStore store, MatrixSettings before, MatrixSettings after, String admin);

    /** @return what {@code GET /settings} says of the rollups' rebuild, under {@code "rebuild"} */
    Map<String, Object> rebuild();
}
