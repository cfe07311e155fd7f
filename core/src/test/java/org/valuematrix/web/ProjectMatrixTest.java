package org.valuematrix.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.valuematrix.testing.EventBuilder.interaction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.Verb;
import org.valuematrix.rest.ForbiddenException;
import org.valuematrix.rest.NotAuthenticatedException;
import org.valuematrix.testing.TestHost;

/** A project's matrix: its owning team's, or a notice saying why there is none to show. */
class ProjectMatrixTest {
    private final TestHost host = TestHost.onH2().standard();
    private ProjectMatrix target;

    @BeforeEach
    void events() {
        target = host.vm().projectMatrix();
        host.ingest(interaction("ann", "bob").sourceId("p1").day(0).verb(Verb.COMMENTED).in("ENG").build());
    }

    @AfterEach
    void close() {
        host.close();
    }

    private Document render(String viewer, String key, boolean full) {
        return Jsoup.parseBodyFragment(target.render(viewer, key, full));
    }

    @Test
    void ownedProject_shouldShowTheOwningTeamsMatrix() {
        Document compact = render("admin", "ENG", false);
        Document full = render("admin", "ENG", true);

        assertThat(compact.select(".vm-embed-title").text()).startsWith("Engineering");
        assertThat(compact.select("td.vm-cell")).hasSize(6);
        assertThat(compact.select("table.vm-metrics")).isEmpty();
        assertThat(full.select("table.vm-metrics tr")).hasSize(8);
        assertThat(full.select(".vm-embed-link a").attr("href")).endsWith("/plugins/servlet/value-matrix?period=month&team=eng");
    }

    @Test
    void projectWithoutOwningTeam_shouldSaySo_asAProjectTheViewerMayNotView() {
        Document unowned = render("admin", "OPEN", true);
        Document unknown = render("admin", "NOPE", true);
        Document missing = render("admin", null, true);

        assertThat(unowned.select(".vm-embed-notice").text()).startsWith("No team owns this project");
        assertThat(unowned.select("table")).isEmpty();
        assertThat(unknown.html()).isEqualTo(unowned.html());
        assertThat(missing.html()).isEqualTo(unowned.html());
    }

    @Test
    void teamWhoseMatrixTheViewerMayNotSee_shouldBeNamedWithoutNumbers() {
        // Engineering has two members, under the minimum size of five: administrators only.
        Document doc = render("ann", "ENG", true);

        assertThat(doc.select(".vm-embed-notice").text()).contains("Engineering owns this project");
        assertThat(doc.select("table")).isEmpty();
    }

    @Test
    void customersAndAnonymousViewers_shouldBeRefused() {
        assertThatThrownBy(() -> target.render("dora", "ACME", true)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> target.render(null, "ENG", true)).isInstanceOf(NotAuthenticatedException.class);
    }
}
