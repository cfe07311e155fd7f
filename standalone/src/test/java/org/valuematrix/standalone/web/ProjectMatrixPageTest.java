package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * The project's value matrix, over real HTTP: the page the Jira project sidebar's "Value Matrix"
 * entry opens ({@code /plugins/servlet/value-matrix/project-matrix?key=…}), and its compact
 * form on the host's Jira-like project page ({@code /browse/KEY}), which links to it.
 */
class ProjectMatrixPageTest {
    private static final String PAGE = "/plugins/servlet/value-matrix/project-matrix?key=";
    private static Api api;

    @BeforeAll
    static void host() {
        api = TestHost.shared().api();
    }

    private static Document get(String path, String user, int status) {
        Api.Reply r = api.get(path, user);
        assertThat(r.status()).as(path + " as " + user).isEqualTo(status);
        return Jsoup.parse(r.body());
    }

    @Test
    void ownedProject_shouldShowTheOwningTeamsFullMatrix() {
        Document doc = get(PAGE + "CORE", "alice", 200);

        assertThat(doc.select("h1").text()).isEqualTo("Value Matrix of project CORE");
        Element embed = doc.selectFirst("main section.vm-embed.vm-embed-full");
        assertThat(embed.select(".vm-embed-title").text()).startsWith("Engineering");
        assertThat(embed.select("td.vm-cell")).hasSize(6);
        assertThat(embed.select("table.vm-metrics tr")).hasSize(8);
        assertThat(embed.select(".vm-embed-link a").attr("href"))
                .isEqualTo(TestHost.CONTEXT_PATH + "/plugins/servlet/value-matrix?period=month&team=eng");
        assertThat(doc.select("link[href*=matrix.css]")).hasSize(1);
    }

    @Test
    void projectOfATeamWhoseMatrixTheViewerMayNotSee_shouldNameTheTeamWithoutNumbers() {
        Document doc = get(PAGE + "SD", "alice", 200);

        assertThat(doc.select("main .vm-embed-notice").text()).startsWith("Customer Support owns this project");
        assertThat(doc.select("main table")).isEmpty();
    }

    @Test
    void projectTheViewerMayNotView_shouldAnswerAsAProjectNoTeamOwns() {
        Document hidden = get(PAGE + "HIRE", "alice", 200);
        Document missing = get(PAGE + "NOPE", "alice", 200);

        assertThat(hidden.select("main .vm-embed-notice").text()).startsWith("No team owns this project");
        assertThat(hidden.select("main table")).isEmpty();
        assertThat(hidden.select("main .vm-embed-notice").outerHtml())
                .isEqualTo(missing.select("main .vm-embed-notice").outerHtml());
    }

    @Test
    void customer_shouldBeRefusedWithoutANumber() {
        Document doc = get(PAGE + "ACMESUP", "carla", 403);

        assertThat(doc.select("main .vm-embed-notice").text()).contains("open to their members only");
        assertThat(doc.select("main").text()).doesNotContainPattern("[0-9]").doesNotContain("Customer Support");
        assertThat(doc.select("main table")).isEmpty();
    }

    @Test
    void anonymous_shouldBeSentToLogIn() {
        Api.Reply r = api.get(PAGE + "CORE", null);

        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).contains("/login?next=");
    }

    @Test
    void browseProject_shouldShowTheCompactMatrixAndLinkToTheProjectsMatrixPage() {
        Document core = get("/browse/CORE", "alice", 200);
        Document customer = get("/browse/ACMESUP", "carla", 200);

        Element section = core.selectFirst("section.vm-project-matrix");
        assertThat(section.select("section.vm-embed.vm-embed-compact .vm-embed-title").text()).startsWith("Engineering");
        assertThat(section.select("td.vm-cell")).hasSize(6);
        assertThat(core.select("a#vm-project-matrix-link").attr("href")).isEqualTo(TestHost.CONTEXT_PATH + PAGE + "CORE");
        assertThat(customer.select("section.vm-project-matrix .vm-embed-notice")).hasSize(1);
        assertThat(customer.select("section.vm-project-matrix table")).isEmpty();
    }
}
