package org.valuematrix.spaces;

import java.util.List;
import java.util.Map;
import org.valuematrix.matrix.MatrixService;
import org.valuematrix.rest.BadRequestException;

/** The team's stage as the matrix shows it to the viewer, for the current default period. */
public final class MatrixReadiness implements Readiness {
    private final MatrixService matrix;

    public MatrixReadiness(MatrixService matrix) {
        this.matrix = matrix;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int stage(String teamKey, String viewer) {
        try {
            Map<String, Object> report = matrix.report(viewer, matrix.query(Map.of("team", List.of(teamKey))));
            for (Map<String, Object> unit : (List<Map<String, Object>>) report.get("teams")) {
                if (teamKey.equals(unit.get("key")) && unit.get("stage") instanceof Number) {
                    return ((Number) unit.get("stage")).intValue();
                }
            }
            return 0;
        } catch (BadRequestException e) {
            // A team the viewer may not see has, for this viewer, reached nothing.
            return 0;
        }
    }
}
