package org.valuematrix.matrix;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;

/**
 * Lays one row of the SQL oracle's figures out as a UNIT of the {@code GET /matrix} answer: the
 * shape only (names, nesting, which criteria belong to the next stage); every number comes from
 * the SQL.
 */
final class OracleAnswer {
    private OracleAnswer() {
    }

    static Map<String, Object> unit(ResultSet r, Map<String, Map<String, Map<String, Object>>> allCells,
            Map<String, Map<String, Map<String, Object>>> allSamples, MatrixSettings s) throws SQLException {
        String key = r.getString("unit").isEmpty() ? null : r.getString("unit");
        Map<String, Map<String, Object>> cells = allCells.getOrDefault(r.getString("unit"), Map.of());
        Map<String, Map<String, Object>> samples = allSamples.getOrDefault(r.getString("unit"), Map.of());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", key);
        out.put("name", r.getString("name"));
        out.put("kind", r.getString("kind"));
        out.put("members", r.getLong("members"));
        List<Map<String, Object>> cellList = new ArrayList<>();
        for (Novelty n : Novelty.values()) {
            for (Scope sc : Scope.values()) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("scope", sc.wire());
                cell.put("novelty", n.wire());
                cell.putAll(cells.getOrDefault("now/" + sc.wire() + "/" + n.wire(), zeroCell()));
                cell.put("previous", cells.getOrDefault("before/" + sc.wire() + "/" + n.wire(), zeroCell()));
                cellList.add(cell);
            }
        }
        out.put("cells", cellList);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("participation", r.getObject("participation"));
        metrics.put("contributionRate", r.getObject("contribution_rate"));
        metrics.put("eiIndex", r.getObject("ei_index"));
        metrics.put("crossTeamReach", r.getLong("reach"));
        metrics.put("newCrossSiloTies", r.getLong("new_ties"));
        metrics.put("externalShare", r.getObject("external_share"));
        metrics.put("timeToFirstResponseHours", median(samples.get("timeToFirstResponse/all")));
        metrics.put("cycleTimeHours", median(samples.get("cycleTime/all")));
        out.put("metrics", metrics);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("timeToFirstResponse", split(samples, "timeToFirstResponse"));
        evidence.put("cycleTime", split(samples, "cycleTime"));
        out.put("evidence", evidence);
        int stage = r.getInt("stage");
        out.put("stage", stage);
        List<Map<String, Object>> criteria = new ArrayList<>();
        if (stage == 0) {
            criteria.add(criterion("participation", r.getObject("participation"), s.participation(), r, "met_participation"));
            criteria.add(criterion("withinInteractionsPerActiveMemberPerWeek", r.getObject("within_per_week"),
                    s.withinInteractionsPerActiveMemberPerWeek(), r, "met_within"));
        } else if (stage == 1) {
            criteria.add(criterion("eiIndex", r.getObject("ei_index"), s.eiIndex(), r, "met_ei"));
            criteria.add(criterion("crossTeamReach", (double) r.getLong("reach"), s.crossTeamReach(), r, "met_reach"));
            criteria.add(criterion("newCrossSiloTiesPerMember", r.getObject("ties_per_member"),
                    s.newCrossSiloTiesPerMember(), r, "met_ties"));
        } else if (stage == 2) {
            criteria.add(criterion("externalShare", r.getObject("external_share"), s.externalShare(), r, "met_external"));
            criteria.add(criterion("customerFacingActivity", r.getBoolean("facing") ? 1.0 : 0.0, 1, r, "met_facing"));
        }
        Map<String, Object> next = null;
        if (stage < 3) {
            next = new LinkedHashMap<>();
            next.put("stage", stage + 1);
            next.put("criteria", criteria);
        }
        out.put("next", next);
        out.put("target", null);
        return out;
    }

    private static Map<String, Object> criterion(String metric, Object value, double threshold, ResultSet r,
            String met) throws SQLException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("metric", metric);
        c.put("value", value);
        c.put("threshold", threshold);
        c.put("met", r.getBoolean(met));
        return c;
    }

    /** Work that involved another team against work that did not; a difference from 20 items a side. */
    private static Map<String, Object> split(Map<String, Map<String, Object>> samples, String metric) {
        Map<String, Object> crossed = samples.getOrDefault(metric + "/crossedBoundary", noItems());
        Map<String, Object> within = samples.getOrDefault(metric + "/withinTeam", noItems());
        boolean enough = (Long) crossed.get("items") >= 20 && (Long) within.get("items") >= 20;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("crossedBoundary", crossed);
        out.put("withinTeam", within);
        out.put("enoughData", enough);
        out.put("differenceHours", enough ? (Double) crossed.get("medianHours") - (Double) within.get("medianHours") : null);
        return out;
    }

    private static Object median(Map<String, Object> sample) {
        return sample == null ? null : sample.get("medianHours");
    }

    private static Map<String, Object> noItems() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("medianHours", null);
        out.put("items", 0L);
        return out;
    }

    private static Map<String, Object> zeroCell() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("interactions", 0L);
        out.put("ties", 0L);
        out.put("people", 0L);
        return out;
    }
}
