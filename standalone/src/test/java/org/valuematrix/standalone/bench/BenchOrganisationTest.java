package org.valuematrix.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchOrganisationTest {

    /** The hand-written SQL reads what the bench says a viewer sees; core asks the directory. */
    @Test
    void viewers_shouldSeeThroughTheDirectoryExactlyWhatTheBenchRecordsForThem_evenInASmallOrganisation() {
        BenchOrganisation org = new BenchOrganisation(BenchOptions.parse(new String[] {"--people", "500", "--teams",
            "10", "--containers", "100", "--viewers", "5", "--events", "20k"}));
        BenchContainers directory = new BenchContainers(org);

        assertThat(org.viewers).hasSize(5).allSatisfy(viewer -> {
            assertThat(directory.visibleTo(viewer)).isEqualTo(org.visible.get(viewer));
            assertThat(org.visible.get(viewer)).hasSizeGreaterThanOrEqualTo(10);
        });
    }

    @Test
    void sparseViewers_shouldSeeTwoContainersOfOneCustomerOrPartner_throughTheDirectory() {
        BenchOrganisation org = new BenchOrganisation(BenchOptions.parse(new String[] {"--people", "500", "--teams",
            "10", "--containers", "100", "--viewers", "5", "--events", "20k"}));
        BenchContainers directory = new BenchContainers(org);

        assertThat(org.sparseViewers).hasSize(5).allSatisfy(viewer -> {
            assertThat(directory.visibleTo(viewer)).isEqualTo(org.visible.get(viewer)).hasSize(2);
            assertThat(org.visible.get(viewer)).allSatisfy(key -> assertThat(
                    org.teams.get(org.containers.get(Integer.parseInt(key.substring(2)) - 1).owner).kind.isExternal())
                    .isTrue());
        });
    }
}
