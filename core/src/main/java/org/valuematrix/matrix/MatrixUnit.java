package org.valuematrix.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.team.Team;

/**
 * One UNIT of a matrix report as JSON carries it: key, name, kind, members, cells against the
 * previous period, metrics, evidence ({@link MatrixEvidence}), stage with the next stage's
 * criteria, and target with its status.
 */
final class MatrixUnit {
    private MatrixUnit() {
    }

    /**
     * @param team the team, or null for the organisation
     * @param current the team's stage this month when it has a target, else null
     * @param evidence the unit's evidence, {@link MatrixEvidence#toMap}
     */
    static Map<String, Object> of(Team team, long members, Period counted, UnitCounts counts, UnitCounts previous,
            StageResult current, Map<String, Object> evidence, MatrixSettings s, LocalDate today) {
        Metrics metrics = Metrics.of(counts, members);
        StageResult stage = Stages.evaluate(metrics, counts, members, counted, s);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", team == null ? null : team.key());
        out.put("name", team == null ? null : team.name());
        out.put("kind", team == null ? null : team.kind().wire());
        out.put("members", members);
        out.put("cells", cells(counts, previous));
        out.put("metrics", metrics.toMap());
        out.put("evidence", evidence);
        out.putAll(stage.toMap());
        Target target = team == null ? null : s.targets().get(team.key());
        if (target == null || current == null) {
            out.put("target", null);
        } else {
            Map<String, Object> t = new LinkedHashMap<>(target.toMap());
            t.put("status", TargetStatus.of(target, current, today).wire());
            out.put("target", t);
        }
        return out;
    }

    private static List<Map<String, Object>> cells(UnitCounts now, UnitCounts before) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Novelty n : Novelty.values()) {
            for (Scope sc : Scope.values()) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("scope", sc.wire());
                cell.put("novelty", n.wire());
                cell.putAll(counts(now.cell(sc, n)));
                cell.put("previous", counts(before.cell(sc, n)));
                cells.add(cell);
            }
        }
        return cells;
    }

    private static Map<String, Object> counts(CellCounts c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("interactions", c.interactions());
        out.put("ties", c.ties());
        out.put("people", c.people());
        return out;
    }

    /** @return {@code {"from","to"}} and, when asked, {@code "previous":{"from","to"}} */
    static Map<String, Object> period(Period p, boolean withPrevious) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", p.firstDay().toString());
        out.put("to", p.lastDay().toString());
        if (withPrevious) {
            out.put("previous", period(p.previous(), false));
        }
        return out;
    }
}
