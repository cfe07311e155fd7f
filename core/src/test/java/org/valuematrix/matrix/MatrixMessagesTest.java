package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.testing.BundleMessages;

/** Every label the matrix page prints is in the core bundle, and the sentences read as value-matrix.md words them. */
class MatrixMessagesTest {
    private final BundleMessages target = new BundleMessages();

    @Test
    void everyMetricStageCriterionTargetAndCellHasItsText() {
        List<String> keys = new ArrayList<>();
        for (Metric m : Metric.values()) {
            keys.add(m.labelKey());
        }
        for (Stage s : Stage.values()) {
            keys.add(s.labelKey());
        }
        for (StageCriterion c : StageCriterion.values()) {
            keys.add(c.sentenceKey());
        }
        for (TargetStatus t : TargetStatus.values()) {
            keys.add(t.labelKey());
        }
        for (Scope s : Scope.values()) {
            for (Novelty n : Novelty.values()) {
                keys.add("vm.matrix.cell." + s.wire() + "." + n.wire());
            }
        }
        Map<String, String> all = target.all();

        assertThat(all.keySet()).containsAll(keys);
        assertThat(keys).allMatch(k -> !all.get(k).isBlank());
    }

    @Test
    void stagesCarryValueMatrixMdsNames() {
        assertThat(Stage.values()).extracting(s -> target.text(s.labelKey())).containsExactly("Not started",
                "Operational improvement", "Cultural change", "Business-model transformation");
    }

    @Test
    void aCriterionReadsAsItsValueAgainstItsThreshold() {
        assertThat(target.text(StageCriterion.EI_INDEX.sentenceKey(), "\u22120.72", "\u22120.6"))
                .isEqualTo("E-I index \u22120.72, needs \u2265 \u22120.6");
        assertThat(target.text(StageCriterion.PARTICIPATION.sentenceKey(), target.text("vm.matrix.undefined"), "30 %"))
                .isEqualTo("Participation \u2014, needs \u2265 30 %");
    }

    @Test
    void evidenceSentencesNameTheItemsAndStayAnAssociation() {
        String measure = target.text("vm.matrix.evidence.timeToFirstResponse");

        assertThat(target.text("vm.matrix.evidence.boundary.shorter", measure, "3.5", "24", "31")).isEqualTo(
                "Time to first response: work that involved another team had a median 3.5 h shorter than work"
                        + " that stayed within the team (24 and 31 items).");
        assertThat(target.text("vm.matrix.evidence.notEnoughData", measure, Comparison.MIN_ITEMS, "19", "40"))
                .isEqualTo("Time to first response: not enough data. Each side needs at least 20 items (19 and 40 so far).");
        assertThat(target.text("vm.matrix.evidence.association")).contains("not what caused what");
    }
}
