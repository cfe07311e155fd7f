package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stream shows a viewer only the containers the host lets them view, trimmed in the query. */
abstract class StreamStoreTrimmingContract extends StreamStoreFixture {
    @Test
    void page_shouldOnlyShowContainersTheViewerMayView() {
        assertThat(ids(target.page("dora", all(50)).items())).containsExactlyInAnyOrder("e3", "e5");
        assertThat(ids(target.page("carl", all(50)).items())).hasSize(10);
        assertThat(ids(target.page("pat", all(50)).items())).as("partnerco may view nothing").isEmpty();
        assertThat(target.page(null, all(50)).items()).as("anonymous").isEmpty();
        assertThat(target.page("ghost", all(50)).items()).as("unknown user").isEmpty();
    }

    @Test
    void page_askingForAContainerTheViewerMayNotView_shouldShowNothingFromIt() {
        StreamFilter onlyEng = all(50).withContainers(Set.of("ENG"));
        StreamFilter engAndAcme = all(50).withContainers(Set.of("ENG", "ACME"));

        assertThat(target.page("dora", onlyEng).items()).isEmpty();
        assertThat(ids(target.page("dora", engAndAcme).items())).containsExactlyInAnyOrder("e3", "e5");
    }

    @Test
    void page_shouldAskTheHostForVisibleContainersOncePerViewerNotPerItem() {
        target = new StreamService(org.streamStore(), org.containers(), java.time.Clock.systemUTC());
        writes();
        int before = org.containers().visibleToCalls();

        everything("vic", all(1));
        target.page("ann", all(3));

        assertThat(org.containers().visibleToCalls() - before).isEqualTo(2);
    }

    @Test
    void page_viewerWhoMayViewManyContainers_shouldStillBeTrimmedInTheQuery() {
        writes();
        for (int i = 0; i < 1_200; i++) {
            org.containers().space("S" + i, "Space " + i, "many");
        }
        org.directory().user("max", "Max", "many", "acme");
        org.ingest(interaction("ann", "bob").sourceId("in-s777").in("S777").day(7).build(),
                interaction("ann", "bob").sourceId("in-s1199").in("S1199").day(8).build());

        assertThat(ids(everything("max", all(3)))).containsExactly("in-s1199", "in-s777", "e5", "e3");
    }

    @Test
    void page_containerKeysWithQuotesOrSql_shouldBeTrimmedExactlyAndNeverChangeTheStatement() {
        writes();
        String quoted = "Q'S";
        String injection = "X') OR 1=1 OR ('1'='1";
        org.containers().space(quoted, "Quoted", "odd");
        org.containers().space(injection, "Injection", "odd");
        org.containers().space("PLAIN", "Plain", "odd", "plainonly");
        org.directory().user("olga", "Olga", "odd");
        org.directory().user("paul", "Paul", "plainonly");
        org.ingest(interaction("ann", "bob").sourceId("in-quoted").in(quoted).day(7).build(),
                interaction("ann", "bob").sourceId("in-injection").in(injection).day(8).build(),
                interaction("ann", "bob").sourceId("in-plain").in("PLAIN").day(9).build());

        assertThat(ids(everything("olga", all(2)))).containsExactly("in-plain", "in-injection", "in-quoted");
        assertThat(ids(everything("paul", all(2)))).as("keys that would break out of a literal").containsExactly(
                "in-plain");
        assertThat(ids(everything("olga", all(5).withContainers(Set.of(quoted))))).containsExactly("in-quoted");
    }
}
