package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.standalone.web.EscapingTest.assertNoActiveMarkup;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.Browser;
import org.valuematrix.standalone.support.TestHost;

/**
 * Every template of core and of the host, rendered by the host under the products' escaping rule
 * (everything printed is escaped but plain {@code $…Html} references), shows user text escaped
 * exactly once and its own markup as markup: a hostile value reads back as the same text, and
 * the stream's sentences, the macro's output and the page chrome stay elements.
 *
 * <p>Templates covered: layout, header, login, error, page, body, space, project, spaces, teams
 * (the host's); activity page, stream, macro-error, and the matrix's page, unit fragment, embed and
 * project (core's).
 */
class TemplatesEscapeOnceTest {
    /** Markup, both quotes, an ampersand and pattern arguments: what a title or name may hold. */
    static final String HOSTILE = "<script>alert(1)</script> <b>bold</b> \"double\" 'single' & {0} {1}";
    private static final String TEAM = "hostile-team";
    private static final String PROJECT = "QAT";
    private static final ResourceBundle HOST_TEXTS = ResourceBundle.getBundle("org.valuematrix.standalone.i18n");
    private static final ResourceBundle CORE_TEXTS = ResourceBundle.getBundle("org.valuematrix.i18n");
    private static Api api;
    private static String pageUrl;
    private static String issueUrl;
    private static String matrixMacroUrl;
    private static String projectOwner;

    @BeforeAll
    static void hostileContent() {
        TestHost host = TestHost.shared();
        api = host.api();
        Api.Reply team = api.put("/rest/value-matrix/1.0/teams/" + TEAM, "admin", "application/json",
                Api.json(Map.of("name", HOSTILE, "kind", "internal", "groups", List.of("administrators"))));
        assertThat(team.status()).as(team.body()).isIn(200, 201);
        projectOwner = owner(PROJECT);
        setOwner(PROJECT, TEAM);
        Api.Reply page = api.post("/rest/standalone/1.0/containers/ENG/content", "admin", "application/json",
                Api.json(Map.of("title", HOSTILE, "body", HOSTILE + "\n\n{cross-team-activity:spaces=ENG|max=5}")));
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        pageUrl = page.json().get("url").asText();
        Api.Reply comment = api.post("/rest/standalone/1.0/content/" + page.json().get("id").asText() + "/comments",
                "alice", "application/json", Api.json(Map.of("body", HOSTILE)));
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        Api.Reply issue = api.post("/rest/standalone/1.0/containers/" + PROJECT + "/content", "admin",
                "application/json", Api.json(Map.of("title", HOSTILE, "body", HOSTILE)));
        assertThat(issue.status()).as(issue.body()).isEqualTo(201);
        issueUrl = issue.json().get("url").asText();
        Api.Reply matrixPage = api.post("/rest/standalone/1.0/containers/ENG/content", "admin", "application/json",
                Api.json(Map.of("title", "Matrix of a hostile team", "body", "{value-matrix:team=" + TEAM + "|mode=full}")));
        assertThat(matrixPage.status()).as(matrixPage.body()).isEqualTo(201);
        matrixMacroUrl = matrixPage.json().get("url").asText();
        host.flushCapture();
    }

    @AfterAll
    static void restore() {
        setOwner(PROJECT, projectOwner);
        api.delete("/rest/value-matrix/1.0/teams/" + TEAM, "admin");
    }

    private static String owner(String container) {
        for (var c : api.get("/rest/value-matrix/1.0/containers", "admin").json().get("containers")) {
            if (c.get("key").asText().equals(container)) {
                return c.get("owner").isNull() ? null : c.get("owner").asText();
            }
        }
        throw new AssertionError("no container " + container);
    }

    private static void setOwner(String container, String team) {
        Api.Reply r = api.put("/rest/value-matrix/1.0/containers/" + container + "/owner", "admin", "application/json",
                Api.json(java.util.Collections.singletonMap("team", team)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static Document page(String path, String user, int status) {
        Api.Reply r = api.get(path, user);
        assertThat(r.status()).as(path).isEqualTo(status);
        return assertNoActiveMarkup(r.body());
    }

    /** No element came out of the hostile value: its {@code <b>} stayed text everywhere. */
    private static void assertNoBoldFromValues(Document doc) {
        assertThat(doc.select("main b, #header b")).as("elements made from the hostile value").isEmpty();
    }

    @Test
    void pageView_layoutHeaderPageAndBody_shouldShowTextOnceEscapedAndKeepTheirMarkup() {
        Document doc = page(pageUrl, "admin", 200);

        assertNoBoldFromValues(doc);
        assertThat(doc.title()).as("layout.vm's title").isEqualTo(HOSTILE + " - " + HOST_TEXTS.getString("vm.standalone.name"));
        assertThat(doc.select("#header nav a[href]")).as("header.vm's links").hasSizeGreaterThanOrEqualTo(3);
        assertThat(doc.select("head link[rel=stylesheet]")).as("layout.vm's head").isNotEmpty();
        assertThat(doc.select("h1#title-text").text()).isEqualTo(HOSTILE);
        assertThat(doc.select("#main-content > p").eachText()).as("body.vm's paragraph").containsExactly(HOSTILE);
        Element macro = doc.selectFirst("#main-content .conf-macro[data-macro-name=cross-team-activity]");
        assertThat(macro.select("> section.vm-stream")).as("body.vm prints the macro's HTML as markup").hasSize(1);
        assertThat(doc.select(".vm-comment-list li p:not(.vm-comment-author)").eachText()).contains(HOSTILE);
    }

    @Test
    void macroStream_shouldShowTheTitleOnceEscapedInsideTheSentencesMarkup() {
        Document doc = page(pageUrl, "admin", 200);

        Element section = doc.selectFirst("#main-content .conf-macro section.vm-stream");
        List<Element> mine = section.select("li.vm-item").stream()
                .filter(li -> li.select("a.vm-object").text().equals(HOSTILE)).collect(java.util.stream.Collectors.toList());
        assertThat(mine).as("alice's comment and the page's creation").hasSize(2);
        for (Element li : mine) {
            assertThat(li.select(".vm-item-line > a.vm-actor[href]")).as("stream.vm's sentence is markup").hasSize(1);
            assertThat(li.select(".vm-where > a[href]")).as("stream.vm's place is markup").hasSize(1);
            assertThat(li.select(".vm-lozenge, time.vm-when")).isNotEmpty();
            assertThat(li.select(".vm-item-line").text()).contains(HOSTILE).doesNotContain("&lt;", "&amp;", "&#39;");
        }
    }

    @Test
    void spaceAndProjectPages_shouldListTitlesAndOwnersOnceEscaped() {
        Document space = page("/display/ENG", "admin", 200);
        Document project = page("/browse/" + PROJECT, "admin", 200);
        Document issue = page(issueUrl, "admin", 200);

        assertNoBoldFromValues(space);
        assertNoBoldFromValues(project);
        assertThat(space.select("ul.vm-pages li a").eachText()).as("space.vm").contains(HOSTILE);
        assertThat(project.select("ul.vm-pages li").eachText()).as("project.vm's issues")
                .anySatisfy(t -> assertThat(t).contains(" " + HOSTILE + " "));
        assertThat(project.select(".vm-owner").text()).contains(HOSTILE);
        assertThat(project.select(".vm-project-activity > section.vm-stream")).as("project.vm prints the stream's HTML")
                .hasSize(1);
        assertThat(issue.select("h1#title-text").text()).isEqualTo(HOSTILE);
        assertThat(issue.select("#main-content > p").eachText()).containsExactly(HOSTILE);
    }

    @Test
    void spacesAndTeams_shouldShowTeamNamesOnceEscaped() {
        Document spaces = page("/spaces", "admin", 200);
        Document teams = page("/admin/teams", "admin", 200);

        assertNoBoldFromValues(spaces);
        assertNoBoldFromValues(teams);
        Element row = spaces.select("table.vm-containers tr").stream()
                .filter(tr -> tr.select("td").size() > 1 && tr.select("td").get(1).text().equals(PROJECT)).findFirst()
                .orElseThrow();
        assertThat(row.select("td").get(0).select("a[href]")).as("spaces.vm's link").hasSize(1);
        assertThat(row.select("td").get(2).text()).as("spaces.vm's owner").isEqualTo(HOSTILE);
        assertThat(teams.select("table.vm-teams td:nth-child(2)").eachText()).as("teams.vm").contains(HOSTILE);
        assertThat(teams.select("table.vm-teams td:nth-child(1)").eachText()).contains(TEAM);
    }

    @Test
    void activityPage_filtersProblemsAndOptions_shouldBeOnceEscaped() {
        Document bad = page("/plugins/servlet/value-matrix/activity?team=" + Api.encode(HOSTILE), "admin", 400);
        Document byActor = page("/plugins/servlet/value-matrix/activity?actor=" + Api.encode(HOSTILE), "admin", 400);
        Document good = page("/plugins/servlet/value-matrix/activity", "admin", 200);

        assertNoBoldFromValues(bad);
        assertNoBoldFromValues(byActor);
        assertThat(bad.select(".aui-message-error li").eachText()).as("page.vm's problems")
                .containsExactly("There is no team \u201c" + HOSTILE + "\u201d.");
        assertThat(byActor.select(".aui-message-error li").eachText()).as("an unknown person, in words")
                .containsExactly("Nobody called \u201c" + HOSTILE + "\u201d can be found.");
        assertThat(byActor.select("#vm-actor").attr("value")).isEqualTo(HOSTILE);
        assertThat(bad.select("#vm-team option").eachText()).as("page.vm's options").contains(HOSTILE);
        assertThat(bad.select("#vm-team option[value=\"" + TEAM + "\"]")).hasSize(1);
        assertThat(bad.select("#vm-scope option").eachText()).as("a bundle text with an ampersand, in an option")
                .contains(CORE_TEXTS.getString("vm.scope.external"));
        assertThat(good.select("main section.vm-stream li.vm-item")).as("the stream below, as markup").isNotEmpty();
    }

    @Test
    void matrixPage_unitsJourneyTeamMapAndTrends_shouldShowTeamNamesOnceEscaped() {
        Document all = page("/plugins/servlet/value-matrix?period=quarter", "admin", 200);
        Document one = page("/plugins/servlet/value-matrix?team=" + TEAM, "admin", 200);

        for (Document doc : List.of(all, one)) {
            assertNoBoldFromValues(doc);
            assertThat(doc.select("svg").eachAttr("class")).as("only the page's own charts are SVG")
                    .allMatch(c -> c.equals("vm-trend-chart") || c.equals("vm-journey-strip"));
            assertThat(doc.select("#vm-team option[value=" + TEAM + "]").text()).as("page.vm's team filter")
                    .isEqualTo(HOSTILE);
            assertThat(doc.select("#vm-journey .vm-journey-name").eachText()).as("the journey's names").contains(HOSTILE);
            assertThat(doc.select("#vm-journey svg.vm-journey-strip").eachAttr("aria-label"))
                    .as("a strip's name, escaped in Java").anySatisfy(l -> assertThat(l).startsWith(HOSTILE + ": stage "));
            assertThat(doc.select("table.vm-journey-table thead th").eachText()).contains(HOSTILE);
            assertThat(doc.select("#vm-edges table.vm-edge-map tbody th").eachText()).as("the team map's rows")
                    .contains(HOSTILE);
        }
        assertThat(all.select("section.vm-unit h2").eachText()).as("unit.vm's units")
                .anySatisfy(t -> assertThat(t).startsWith(HOSTILE + " "));
        assertThat(one.select("section.vm-unit table.vm-matrix td.vm-cell")).as("unit.vm's matrix, parsed").hasSize(12);
        assertThat(one.select("#vm-trends-title").text()).isEqualTo("Trends of " + HOSTILE + " over the last 52 weeks");
        assertThat(one.select("#vm-trends svg.vm-trend-chart")).as("the charts stay markup").hasSize(8);
        assertThat(one.select("#vm-team option[selected]").attr("value")).isEqualTo(TEAM);
    }

    @Test
    void macroError_shouldNameTheParameterAndValueOnceEscaped() {
        Document doc = page(pageUrl + "?scope=" + Api.encode(HOSTILE), "admin", 200);

        assertNoBoldFromValues(doc);
        Element box = doc.selectFirst("#main-content .conf-macro .vm-macro-error[role=alert]");
        assertThat(box.select(".title strong").text()).isEqualTo("The Cross-team activity macro has invalid parameters");
        assertThat(box.select("li").eachText()).singleElement().asString()
                .startsWith("scope: unknown scope '" + HOSTILE + "'");
    }

    @Test
    void matrixMacro_shouldShowTheTeamNameOnceEscapedInTheEmbedsMarkup() {
        Document doc = page(matrixMacroUrl, "admin", 200);

        assertNoBoldFromValues(doc);
        Element embed = doc.selectFirst("#main-content .conf-macro[data-macro-name=value-matrix] section.vm-embed");
        assertThat(embed.select("h2.vm-embed-title").text()).startsWith(HOSTILE + " ");
        assertThat(embed.attr("aria-label")).isEqualTo("Value matrix of " + HOSTILE);
        assertThat(embed.select("table.vm-matrix td.vm-cell")).as("embed.vm's table is markup").hasSize(6);
        assertThat(embed.select("table.vm-metrics tr")).hasSize(8);
        assertThat(embed.select(".vm-stage > .aui-lozenge")).hasSize(1);
        assertThat(embed.select(".vm-embed-link a").attr("href")).endsWith("?period=month&team=" + TEAM);
    }

    @Test
    void projectMatrix_shouldShowTheOwnersNameAndTheKeyOnceEscaped() {
        Document owned = page("/plugins/servlet/value-matrix/project-matrix?key=" + PROJECT, "admin", 200);
        Document hidden = page("/plugins/servlet/value-matrix/project-matrix?key=" + PROJECT, "alice", 200);
        Document echoed = page("/plugins/servlet/value-matrix/project-matrix?key=" + Api.encode(HOSTILE), "admin", 200);
        Document browse = page("/browse/" + PROJECT, "admin", 200);

        assertNoBoldFromValues(owned);
        assertNoBoldFromValues(hidden);
        assertNoBoldFromValues(echoed);
        assertThat(owned.select("main h1").text()).isEqualTo("Value Matrix of project " + PROJECT);
        assertThat(owned.select("main section.vm-embed h2.vm-embed-title").text()).startsWith(HOSTILE + " ");
        assertThat(hidden.select("main .vm-embed-notice p").first().text()).isEqualTo(
                HOSTILE + " owns this project; its matrix is not among those you may see.");
        assertThat(hidden.select("main .vm-embed-notice a[href]")).hasSize(1);
        assertThat(echoed.title()).startsWith("Value Matrix of project " + HOSTILE + " - ");
        assertThat(echoed.select("main h1").text()).isEqualTo("Value Matrix of project " + HOSTILE);
        assertThat(browse.select(".vm-project-matrix section.vm-embed h2.vm-embed-title").text()).startsWith(HOSTILE + " ");
    }

    @Test
    void login_shouldEchoTheUsernameAndSayWhatFailed_onceEscaped() {
        Browser browser = new Browser(api.base());
        String token = Browser.token(browser.get("/login"));

        HttpResponse<String> wrong = browser.postForm("/login", Map.of("os_username", HOSTILE, "os_password", "nope",
                "atl_token", token));

        Document doc = assertNoActiveMarkup(wrong.body());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(doc.select("#os_username").attr("value")).isEqualTo(HOSTILE);
        assertThat(doc.select("[role=alert]").text()).isEqualTo(HOST_TEXTS.getString("vm.standalone.login.failed"));
        assertThat(doc.select("#login-submit").text()).isEqualTo(HOST_TEXTS.getString("vm.standalone.login.submit"));
    }

    @Test
    void errorPage_shouldShowItsTextsOnceEscaped() {
        Api.Reply r = api.get("/display/NO-SUCH-SPACE", "admin");

        Document doc = Jsoup.parse(r.body());
        assertThat(r.status()).isEqualTo(404);
        assertThat(doc.select("main h1").text()).isEqualTo(HOST_TEXTS.getString("vm.standalone.error.notfound.title"));
        assertThat(doc.select("main [role=alert]").text())
                .isEqualTo(HOST_TEXTS.getString("vm.standalone.error.notfound.text"));
        assertThat(doc.select("main a[href]").eachText()).contains(HOST_TEXTS.getString("vm.standalone.error.back"));
    }
}
