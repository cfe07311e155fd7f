package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.VisibleTeams;
import org.valuematrix.testing.MutableClock;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;

/** The visible set is cached per viewer for seconds only; names are resolved at read time. */
class StreamServiceTest {
    private final TestDatabase db = TestDatabase.h2();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final Organisation org = new Organisation(db, clock).standard();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void page_afterTheViewerLosesAccess_shouldStopShowingWithinSeconds() {
        org.ingest(interaction("carl", "dora").sourceId("x").in("ACME").build());
        org.directory().user("temp", "Temp", "acme");
        assertThat(org.stream().page("temp", StreamFilter.latest(10)).items()).hasSize(1);

        org.directory().user("temp", "Temp");
        assertThat(org.stream().page("temp", StreamFilter.latest(10)).items()).as("cached a few seconds").hasSize(1);
        clock.advance(Duration.ofSeconds(6));

        assertThat(org.stream().page("temp", StreamFilter.latest(10)).items()).isEmpty();
    }

    private VisibleTeams teamsOf(String viewer) {
        return new TeamVisibility(org.directory(), org.catalog(), org.membership(), Optional.empty()).of(viewer);
    }

    @Test
    void presenter_shouldFallBackForDeletedPeopleAndTeams() {
        org.ingest(interaction("gone", "ann").sourceId("x").in("ENG").build());
        org.teamStore().delete("eng");
        org.refresh();
        StreamPresenter target = new StreamPresenter(org.directory(), org.containers(), org.catalog());

        List<Map<String, Object>> items = target.items(org.stream().page("vic", StreamFilter.latest(5)).items(),
                teamsOf("vic"));

        Map<String, Object> item = items.get(0);
        assertThat(item.get("actor")).isEqualTo(Map.of("key", "gone", "displayName", "gone"));
        @SuppressWarnings("unchecked")
        Map<String, Object> team = (Map<String, Object>) item.get("counterpartTeam");
        assertThat(team.get("key")).isEqualTo("eng");
        assertThat(team.get("name")).as("a deleted team shows its key").isEqualTo("eng");
        assertThat(team.get("kind")).isNull();
    }

    @Test
    void presenter_unknownContainer_shouldShowItsKey() {
        org.containers().space("TMP", "Temporary", "staff");
        org.ingest(interaction("ann", "bob").sourceId("x").in("TMP").build());
        StreamPresenter target = new StreamPresenter(org.directory(),
                new org.valuematrix.testing.InMemoryContainers(org.directory()), org.catalog());

        Map<String, Object> item = target.items(org.stream().page("vic", StreamFilter.latest(5)).items(), teamsOf("vic"))
                .get(0);

        assertThat(item.get("container")).isEqualTo(Map.of("key", "TMP", "name", "TMP", "product", "confluence", "url", ""));
    }
}
