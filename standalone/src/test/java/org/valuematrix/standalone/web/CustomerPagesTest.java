package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.Browser;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.TestHost;

/**
 * The host's pages as a customer (carla, of Acme) and an employee (alice) see them: a space,
 * project, page or issue they may not view answers byte for byte as one that does not exist,
 * read or posted to, and no page names another customer, the partner or a host group.
 */
class CustomerPagesTest {
    private static final String MISSING = "NOSUCHKEY";
    private static TestHost host;
    private static DemoUsers users;
    private static String globexPage;
    private static String webIssue;

    @BeforeAll
    static void hiddenContent() {
        host = TestHost.shared();
        users = new DemoUsers(host.api());
        globexPage = create("GLOBEX", users.memberOf("customer-globex"), "Globex rollout plan");
        webIssue = create("WEB", users.memberOf("engineering"), "Checkout button misaligned");
    }

    private static String create(String container, String author, String title) {
        Api.Reply r = host.api().post("/rest/standalone/1.0/containers/" + container + "/content", author,
                "application/json", Api.json(Map.of("title", title)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("url").asText();
    }

    /** carla, alice, and one member of every team of the demo (through its first group). */
    private static Set<String> viewers() {
        Set<String> viewers = new java.util.LinkedHashSet<>(List.of("carla", "alice"));
        host.api().get("/rest/value-matrix/1.0/teams", "admin").json().get("teams")
                .forEach(t -> viewers.add(users.memberOf(t.get("groups").get(0).asText())));
        return viewers;
    }

    @Test
    void everySpaceAndProjectTheViewerMayNotView_shouldAnswerAsOneThatDoesNotExist() {
        for (String viewer : viewers()) {
            Browser browser = loggedIn(viewer);
            Set<String> visible = users.visibleTo(viewer);
            String missingSpace = notFound(browser, "/display/" + MISSING);
            String missingProject = notFound(browser, "/browse/" + MISSING);
            assertThat(missingSpace).isEqualTo(notFound(browser, "/display/" + MISSING + "/Home"));
            int hidden = 0;
            for (String key : users.containerKeys()) {
                if (visible.contains(key)) {
                    continue;
                }
                hidden++;
                if (users.isProject(key)) {
                    assertThat(notFound(browser, "/browse/" + key)).as("/browse/%s for %s", key, viewer)
                            .isEqualTo(missingProject);
                    assertThat(notFound(browser, "/browse/" + key + "-1")).as("/browse/%s-1", key).isEqualTo(missingProject);
                } else {
                    assertThat(notFound(browser, "/display/" + key)).as("/display/%s for %s", key, viewer)
                            .isEqualTo(missingSpace);
                    assertThat(notFound(browser, "/display/" + key + "/Home")).isEqualTo(missingSpace);
                }
            }
            assertThat(hidden).as("spaces and projects %s may not view", viewer).isPositive();
        }
    }

    @Test
    void pageAndIssueTheViewerMayNotView_readOrPostedTo_shouldAnswerAsOnesThatDoNotExist() {
        Browser browser = loggedIn("carla");
        String token = Browser.token(browser.get("/display/ACME"));
        String missing = notFound(browser, "/display/" + MISSING);

        assertThat(notFound(browser, globexPage)).isEqualTo(missing);
        assertThat(notFound(browser, webIssue)).isEqualTo(missing).isEqualTo(notFound(browser, "/browse/WEB-999999"));
        Map<String, String> comment = Map.of("atl_token", token, "body", "Hello from Acme");
        assertThat(postNotFound(browser, globexPage, comment)).isEqualTo(missing)
                .isEqualTo(postNotFound(browser, "/display/ACME/No+such+page", comment));
        assertThat(postNotFound(browser, webIssue, comment)).isEqualTo(missing)
                .isEqualTo(postNotFound(browser, "/browse/WEB-999999", comment));
        Map<String, String> page = Map.of("atl_token", token, "title", "Acme was here");
        assertThat(postNotFound(browser, "/display/GLOBEX", page)).isEqualTo(missing)
                .isEqualTo(postNotFound(browser, "/display/" + MISSING, page));
        assertThat(missing).doesNotContain("Globex").doesNotContain("GLOBEX").doesNotContain("Web App");
        assertThat(host.api().get(globexPage, "bob").status()).as("staff who may view GLOBEX read it").isEqualTo(200);
    }

    @Test
    void spaces_asCustomer_shouldNameNeitherOtherOrganisationsNorGroups() {
        Document mine = Browser.html(loggedIn("carla").get("/spaces"));
        Document admin = Browser.html(loggedIn("admin").get("/spaces"));

        assertThat(mine.select("table.vm-containers td a").eachText()).containsExactlyInAnyOrder(
                "Acme Customer Portal", "Acme Support Tickets");
        assertThat(mine.select("table.vm-containers tbody td:nth-child(3)").eachText()).containsOnly("Customer Support");
        assertThat(mine.select("table.vm-containers th").eachText()).doesNotContain("Who may view");
        assertThat(mine.text()).doesNotContain("customer-acme").doesNotContain("Globex").doesNotContain("Northwind");
        assertThat(loggedIn("alice").get("/spaces").body()).as("no groups for employees either")
                .doesNotContain("customer-acme").doesNotContain("Who may view");
        assertThat(admin.select("table.vm-containers th").eachText()).contains("Who may view");
        assertThat(admin.text()).contains("customer-globex");
    }

    @Test
    void teamsPage_asCustomer_shouldBeRefusedWithoutNamingAnyTeam() {
        HttpResponse<String> page = loggedIn("carla").get("/admin/teams");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(Browser.html(page).text()).doesNotContain("Globex").doesNotContain("customer-");
    }

    private static String notFound(Browser browser, String path) {
        HttpResponse<String> r = browser.get(path);
        assertThat(r.statusCode()).as("GET %s", path).isEqualTo(404);
        return r.body();
    }

    private static String postNotFound(Browser browser, String path, Map<String, String> form) {
        HttpResponse<String> r = browser.postForm(path, form);
        assertThat(r.statusCode()).as("POST %s", path).isEqualTo(404);
        return r.body();
    }

    private static Browser loggedIn(String user) {
        Browser browser = new Browser(host.api().base());
        assertThat(browser.logIn(user, "/").statusCode()).isEqualTo(302);
        return browser;
    }
}
