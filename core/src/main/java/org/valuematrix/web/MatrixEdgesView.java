package org.valuematrix.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.valuematrix.spi.Messages;

/**
 * The team-to-team view of {@code MatrixService.page}'s {@code edges}: an adjacency heat map whose
 * rows are the teams the viewer sees and whose columns are those teams and every other team they
 * interacted with, a cell being the pair's interactions in the period (heat levels 0–4 of the
 * busiest pair) marked when the pair has a new tie (a new bridge); and the pairs as a table.
 */
final class MatrixEdgesView {
    private static final int LEVELS = 4;

    private final Messages messages;

    MatrixEdgesView(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param edges the page's {@code edges}
     * @param visible the teams the viewer sees, {@code {"key","name"}}, in the administrators' order
     */
    Map<String, Object> of(List<Map<String, Object>> edges, List<Map<String, Object>> visible) {
        Map<String, String> columns = new LinkedHashMap<>();
        visible.forEach(t -> columns.put((String) t.get("key"), (String) t.get("name")));
        Map<String, String> others = new TreeMap<>();
        Map<String, Map<String, Object>> byPair = new HashMap<>();
        long busiest = 1;
        for (Map<String, Object> e : edges) {
            String a = (String) e.get("teamA");
            String b = (String) e.get("teamB");
            byPair.put(a + "\n" + b, e);
            byPair.put(b + "\n" + a, e);
            if (!columns.containsKey(a)) {
                others.put(a, (String) e.get("nameA"));
            }
            if (!columns.containsKey(b)) {
                others.put(b, (String) e.get("nameB"));
            }
            busiest = Math.max(busiest, ((Number) e.get("interactions")).longValue());
        }
        columns.putAll(others);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> team : visible) {
            String key = (String) team.get("key");
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String column : columns.keySet()) {
                cells.add(cell(key.equals(column), byPair.get(key + "\n" + column), busiest));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", team.get("name"));
            row.put("cells", cells);
            rows.add(row);
        }
        List<Map<String, Object>> pairs = new ArrayList<>();
        List<Map<String, Object>> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingLong((Map<String, Object> e) -> ((Number) e.get("interactions")).longValue())
                .reversed());
        for (Map<String, Object> e : sorted) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("a", e.get("nameA"));
            pair.put("b", e.get("nameB"));
            pair.put("interactions", MatrixFormat.number(((Number) e.get("interactions")).doubleValue()));
            long newTies = ((Number) e.get("newTies")).longValue();
            pair.put("newTies", MatrixFormat.number(newTies));
            pair.put("bridge", newTies > 0);
            pairs.add(pair);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("columns", new ArrayList<>(columns.values()));
        out.put("rows", rows);
        out.put("pairs", pairs);
        out.put("hasPairs", !pairs.isEmpty());
        out.put("hasTeams", !visible.isEmpty());
        return out;
    }

    private Map<String, Object> cell(boolean self, Map<String, Object> edge, long busiest) {
        Map<String, Object> cell = new LinkedHashMap<>();
        long interactions = edge == null ? 0 : ((Number) edge.get("interactions")).longValue();
        boolean bridge = edge != null && ((Number) edge.get("newTies")).longValue() > 0;
        int level = interactions == 0 ? 0 : (int) Math.max(1, Math.round((double) LEVELS * interactions / busiest));
        cell.put("self", self);
        cell.put("text", self ? messages.text("vm.matrix.undefined") : MatrixFormat.number(interactions));
        cell.put("bridge", bridge);
        cell.put("cssClass", self ? "vm-edge-self" : "vm-heat-" + level);
        return cell;
    }
}
