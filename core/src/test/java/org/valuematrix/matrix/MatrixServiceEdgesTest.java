package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.testing.TestHost;

/**
 * Who sees which team-to-team pairs: a viewer sees every pair with one of their teams, whichever
 * side the pair's order puts it on, both teams named, unless the other team is under the minimum
 * team size (its figures are for administrators only); administrators see every pair.
 */
class MatrixServiceEdgesTest {
    private TestHost host;
    private MatrixService target;

    @BeforeEach
    void organisation() {
        host = TestHost.onH2().standard();
        host.directory().user("sue", "Sue Smith", "support", "staff");
        host.vm().membership().invalidate();
        host.vm().matrixSettings().save(MatrixSettings.defaults().withMinimumTeamSize(2), "admin");
        host.ingest(interaction("ann", "carl").sourceId("e1").in("ENG").build(),
                interaction("carl", "ann").sourceId("e2").in("ENG").build(),
                interaction("dora", "ann").sourceId("e3").in("ENG").build());
        target = host.vm().matrixService();
    }

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void edges_asTeamMember_shouldShowPairsWithTheirTeamOnEitherSideButNotWithATeamTooSmall() {
        List<Map<String, Object>> edges = edges("ann");

        assertThat(edges).hasSize(1);
        assertThat(edges.get(0)).containsEntry("teamA", "eng").containsEntry("teamB", "support")
                .containsEntry("nameA", "Engineering").containsEntry("nameB", "Support")
                .containsEntry("interactions", 2L).containsEntry("newTies", 1L);
        assertThat(edges("carl")).as("support's member sees the pair though eng comes first").hasSize(1);
    }

    @Test
    void edges_asAdministrator_shouldShowEveryPair() {
        assertThat(edges("admin")).extracting(e -> e.get("teamA") + "-" + e.get("teamB"))
                .containsExactly("acme-eng", "eng-support");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> edges(String viewer) {
        return (List<Map<String, Object>>) target.edges(viewer, target.query(Map.of())).get("edges");
    }
}
