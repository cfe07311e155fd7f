package org.valuematrix.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.matrix.BeforeAfter;
import org.valuematrix.matrix.Comparison;
import org.valuematrix.matrix.MatrixService;
import org.valuematrix.spi.Messages;

/**
 * A unit's benefit evidence as the page words it: the medians of work that crossed a team
 * boundary and of work that did not, each with its number of items, and a sentence per measure
 * that states the difference only with {@link Comparison#MIN_ITEMS} items on each side; the same
 * for the weeks before and after each stage was first reached. Association, never cause.
 */
final class MatrixEvidenceView {
    private static final String[] MEASURES = {"timeToFirstResponse", "cycleTime"};

    private final Messages messages;

    MatrixEvidenceView(Messages messages) {
        this.messages = messages;
    }

    /** @param evidence a UNIT's {@code evidence}, as {@code MatrixEvidence.toMap} makes it */
    @SuppressWarnings("unchecked")
    Map<String, Object> of(Map<String, Object> evidence) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (String measure : MEASURES) {
            Map<String, Object> split = (Map<String, Object>) evidence.get(measure);
            String label = messages.text("vm.matrix.evidence." + measure);
            Map<String, Object> crossed = (Map<String, Object>) split.get("crossedBoundary");
            Map<String, Object> within = (Map<String, Object>) split.get("withinTeam");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", label);
            row.put("crossed", sample(crossed));
            row.put("within", sample(within));
            rows.add(row);
            sentences.add(sentence(label, "boundary", split, crossed, within, null));
        }
        List<Map<String, Object>> stages = new ArrayList<>();
        for (Map<String, Object> b : (List<Map<String, Object>>) evidence.get("beforeAfter")) {
            Object stage = b.get("stage");
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("title", messages.text("vm.matrix.evidence.stageReached", stage,
                    messages.text("vm.matrix.stage." + stage), b.get("reached")));
            int weeksAfter = ((Number) b.get("weeksAfter")).intValue();
            o.put("partial", weeksAfter < BeforeAfter.WEEKS);
            o.put("weeksSoFar", messages.text("vm.matrix.evidence.weeksSoFar", weeksAfter));
            List<String> lines = new ArrayList<>();
            for (String measure : MEASURES) {
                Map<String, Object> cmp = (Map<String, Object>) b.get(measure);
                lines.add(sentence(messages.text("vm.matrix.evidence." + measure), "stage", cmp,
                        (Map<String, Object>) cmp.get("after"), (Map<String, Object>) cmp.get("before"), stage));
            }
            o.put("sentences", lines);
            stages.add(o);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        out.put("sentences", sentences);
        out.put("stages", stages);
        out.put("hasStages", !stages.isEmpty());
        out.put("noStage", messages.text("vm.matrix.evidence.noStage", MatrixService.TREND_WEEKS));
        return out;
    }

    private String sample(Map<String, Object> s) {
        Number median = (Number) s.get("medianHours");
        if (median == null) {
            return messages.text("vm.matrix.evidence.none");
        }
        return messages.text("vm.matrix.evidence.median", MatrixFormat.number(median.doubleValue()),
                MatrixFormat.number(((Number) s.get("items")).doubleValue()));
    }

    /**
     * @param compared work that crossed a boundary, or the weeks after; {@code reference} the other side
     * @param stage the stage for a before/after sentence, null for a boundary one
     */
    private String sentence(String label, String kind, Map<String, Object> comparison, Map<String, Object> compared,
            Map<String, Object> reference, Object stage) {
        String comparedItems = MatrixFormat.number(((Number) compared.get("items")).doubleValue());
        String referenceItems = MatrixFormat.number(((Number) reference.get("items")).doubleValue());
        Number difference = (Number) comparison.get("differenceHours");
        if (difference == null) {
            // The pattern names the fewest items first, then each side in the order the sentences name them.
            return "stage".equals(kind)
                    ? messages.text("vm.matrix.evidence.notEnoughData", label, Comparison.MIN_ITEMS, referenceItems,
                            comparedItems)
                    : messages.text("vm.matrix.evidence.notEnoughData", label, Comparison.MIN_ITEMS, comparedItems,
                            referenceItems);
        }
        double d = difference.doubleValue();
        String direction = d < 0 ? "shorter" : d > 0 ? "longer" : "same";
        String hours = MatrixFormat.number(Math.abs(d));
        if ("stage".equals(kind)) {
            return messages.text("vm.matrix.evidence.stage." + direction, label, stage, hours, referenceItems,
                    comparedItems);
        }
        return messages.text("vm.matrix.evidence.boundary." + direction, label, hours, comparedItems, referenceItems);
    }
}
