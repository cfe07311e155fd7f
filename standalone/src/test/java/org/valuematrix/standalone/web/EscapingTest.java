package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.rest.XmlDocuments;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;
import org.w3c.dom.NodeList;

/**
 * A page title and a team name carrying script payloads come out as text, never markup: in the
 * activity page, the macro inside a page, the Atom feed and the JSON (which escapes < > &).
 */
class EscapingTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final String TITLE = "Plan " + SCRIPT + " " + IMG;
    private static final String TEAM = "Team " + SCRIPT + IMG;
    private static Api api;
    private static String pageUrl;

    @BeforeAll
    static void payloads() {
        TestHost host = TestHost.shared();
        api = host.api();
        // The administrator belongs to no team; this one makes the payload their home team's name.
        Api.Reply team = api.put("/rest/value-matrix/1.0/teams/xss-team", "admin", "application/json",
                Api.json(Map.of("name", TEAM, "kind", "internal", "groups", java.util.List.of("administrators"))));
        assertThat(team.status()).as(team.body()).isIn(200, 201);
        Api.Reply page = api.post("/rest/standalone/1.0/containers/ENG/content", "admin", "application/json",
                Api.json(Map.of("title", TITLE, "body", "Body " + SCRIPT)));
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        pageUrl = page.json().get("url").asText();
        Api.Reply comment = api.post("/rest/standalone/1.0/content/" + page.json().get("id").asText() + "/comments",
                "alice", "application/json", Api.json(Map.of("body", "Reply " + IMG)));
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        host.flushCapture();
    }

    @AfterAll
    static void removeTeam() {
        api.delete("/rest/value-matrix/1.0/teams/xss-team", "admin");
    }

    @Test
    void activityPage_shouldShowPayloadsAsText() {
        Api.Reply r = api.get("/plugins/servlet/value-matrix/activity?container=ENG&limit=50", "alice");

        assertThat(r.status()).isEqualTo(200);
        assertSafe(r.body());
    }

    @Test
    void macroInAPage_shouldShowPayloadsAsText() {
        Api.Reply r = api.get("/display/ENG/Activity?spaces=ENG&max=50", "alice");

        assertThat(r.status()).isEqualTo(200);
        Document html = assertSafe(r.body());
        assertThat(html.select(".conf-macro[data-macro-name=cross-team-activity] .vm-item")).isNotEmpty();
    }

    @Test
    void pageView_shouldShowTitleBodyAndCommentsAsText() {
        Api.Reply r = api.get(pageUrl, "alice");

        assertThat(r.status()).isEqualTo(200);
        Document html = assertNoActiveMarkup(r.body());
        assertThat(html.select("h1").text()).isEqualTo(TITLE);
        assertThat(html.select(".vm-comment-list").text()).contains("Reply " + IMG);
        assertThat(pageUrl).doesNotContain("<", ">", "\"");
    }

    @Test
    void macroParameters_shouldBeEscapedInTheErrorBox() {
        Api.Reply scope = api.get("/display/ENG/Activity?scope=" + Api.encode(SCRIPT), "alice");
        Api.Reply teams = api.get("/display/ENG/Activity?teams=" + Api.encode(IMG), "alice");
        Api.Reply max = api.get("/display/ENG/Activity?max=" + Api.encode(IMG), "alice");

        assertThat(assertNoActiveMarkup(scope.body()).select(".vm-macro-error").text()).contains(SCRIPT);
        assertThat(assertNoActiveMarkup(teams.body()).select(".vm-macro-error").text()).contains(IMG);
        assertThat(assertNoActiveMarkup(max.body()).select(".vm-macro-error").text()).contains("max");
    }

    @Test
    void atom_shouldCarryPayloadsAsXmlText() throws Exception {
        Api.Reply r = api.get("/rest/value-matrix/1.0/stream.atom?container=ENG&limit=50", "alice");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(SCRIPT).doesNotContain("<img");
        NodeList titles = XmlDocuments.parse(r.body()).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < titles.getLength(); i++) {
            all.append(titles.item(i).getTextContent()).append('\n');
        }
        assertThat(all.toString()).contains(TITLE);
    }

    @Test
    void json_shouldEscapeAngleBracketsAndAmpersands() {
        Api.Reply r = api.get("/rest/value-matrix/1.0/stream?container=ENG&limit=50", "alice");

        assertThat(r.body()).doesNotContain("<script").doesNotContain("<img").doesNotContain("&");
        assertThat(r.body().toLowerCase()).contains("\\u003cscript\\u003e").contains("\\u003cimg");
        JsonNode items = r.json().get("items");
        assertThat(items.findValuesAsText("title")).contains(TITLE);
        assertThat(items.findValuesAsText("name")).contains(TEAM);
    }

    private static Document assertSafe(String body) {
        Document html = assertNoActiveMarkup(body);
        assertThat(html.text()).contains(TITLE).contains(TEAM);
        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        return html;
    }

    /** No inline script, no event-handler attribute, no element from the payloads. */
    static Document assertNoActiveMarkup(String body) {
        Document html = Jsoup.parse(body);
        for (Element script : html.select("script")) {
            assertThat(script.attr("src")).as("inline script: %s", script).isNotBlank();
            assertThat(script.data()).isBlank();
        }
        assertThat(html.select("img")).isEmpty();
        assertThat(html.select("[onerror], [onload], [onclick]")).isEmpty();
        return html;
    }
}
