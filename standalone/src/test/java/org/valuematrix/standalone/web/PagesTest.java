package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.Browser;
import org.valuematrix.standalone.support.TestHost;

/** The host's pages: login and logout, spaces, the space page with the macro, projects, permissions. */
class PagesTest {
    private static TestHost host;

    @BeforeAll
    static void host() {
        host = TestHost.shared();
    }

    @Test
    void pages_asAnonymous_shouldRedirectToLoginAndBack() {
        Browser browser = new Browser(host.api().base());
        HttpResponse<String> page = browser.get("/display/ENG/Activity?scope=across");

        String base = host.host().baseUrl();
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow())
                .isEqualTo(base + "/login?next=" + Api.encode(base + "/display/ENG/Activity?scope=across"));
        assertThat(browser.get("/plugins/servlet/value-matrix/activity").statusCode()).isEqualTo(302);

        HttpResponse<String> login = browser.logIn("alice", base + "/display/ENG/Activity?scope=across");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow())
                .isEqualTo(base + "/display/ENG/Activity?scope=across");
        HttpResponse<String> after = browser.get("/display/ENG/Activity?scope=across");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(Browser.html(after).select(".vm-header-user").text()).isEqualTo("Alice Anderson");
    }

    @Test
    void login_withWrongPasswordOrNoToken_shouldRefuse() {
        Browser browser = new Browser(host.api().base());
        String token = Browser.token(browser.get("/login"));

        HttpResponse<String> wrong = browser.postForm("/login", Map.of("os_username", "alice", "os_password", "nope",
                "atl_token", token));
        HttpResponse<String> noToken = browser.postForm("/login", Map.of("os_username", "alice", "os_password",
                Api.PASSWORD));

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Browser.html(wrong).select("[role=alert]").text()).contains("do not match");
        assertThat(Browser.html(wrong).select("#os_username").attr("value")).isEqualTo("alice");
        assertThat(noToken.statusCode()).isEqualTo(400);
        assertThat(browser.get("/spaces").statusCode()).isEqualTo(302);
    }

    @Test
    void login_shouldNeverRedirectToAnotherSite() {
        Browser browser = new Browser(host.api().base());

        String home = host.host().baseUrl() + "/";
        for (String next : new String[] {"//evil.example/steal", "http://evil.example" + TestHost.CONTEXT_PATH + "/",
                host.host().baseUrl() + "@evil.example/", "/\\evil.example"}) {
            HttpResponse<String> login = browser.logIn("bob", next);

            assertThat(login.headers().firstValue("Location").orElseThrow()).as(next).isEqualTo(home);
        }
    }

    @Test
    void logout_shouldEndTheSession() {
        Browser browser = new Browser(host.api().base());
        browser.logIn("bob", "/spaces");
        HttpResponse<String> spaces = browser.get("/spaces");
        String token = Browser.html(spaces).select("form.vm-logout input[name=atl_token]").attr("value");

        HttpResponse<String> logout = browser.postForm("/logout", Map.of("atl_token", token));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get("/spaces").statusCode()).isEqualTo(302);
    }

    @Test
    void spaces_shouldListOnlyWhatTheViewerMayView() {
        Browser browser = loggedIn("alice");
        Document html = Browser.html(browser.get("/spaces"));

        assertThat(html.select("table.vm-containers td a").eachText()).contains("Engineering", "Core Platform",
                "Acme Customer Portal").doesNotContain("HR Confidential", "Board & Finance");
    }

    @Test
    void spacePage_shouldRenderTheHomePageMacroAsConfluenceWould() {
        Browser browser = loggedIn("alice");
        HttpResponse<String> page = browser.get("/display/ENG");

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Browser.html(page);
        Element macro = html.selectFirst("#main-content .conf-macro[data-macro-name=cross-team-activity]");
        assertThat(macro).isNotNull();
        assertThat(macro.select("section.vm-stream .vm-item")).isNotEmpty();
        assertThat(html.select("ul.vm-pages li")).isNotEmpty();
        assertThat(html.select("link[href*=aui-prototyping.css]")).hasSize(1);
        assertThat(html.select("script[src*=activity.js]")).hasSize(1);
    }

    @Test
    void pageView_withQueryParameters_shouldOverrideTheMacro() {
        Browser browser = loggedIn("alice");
        Document html = Browser.html(browser.get("/display/ENG/Activity?teams=eng&scope=across&max=5"));

        assertThat(html.select(".conf-macro .vm-item")).hasSizeBetween(1, 5)
                .allSatisfy(item -> assertThat(item.hasClass("vm-scope-across")).isTrue());
        assertThat(html.select(".conf-macro .vm-more")).hasSize(1);
        assertThat(html.selectFirst(".conf-macro section.vm-stream").attr("data-rest"))
                .contains("limit=5").contains("scope=across").contains("team=eng");
    }

    @Test
    void spaceAndProjectPages_shouldAnswerViewersWithoutPermissionAsIfNothingWereThere() {
        Browser browser = loggedIn("alice");

        assertThat(browser.get("/display/HRC").statusCode()).isEqualTo(404);
        assertThat(browser.get("/display/HRC/Activity").statusCode()).isEqualTo(404);
        assertThat(browser.get("/browse/HIRE").statusCode()).isEqualTo(404);
        assertThat(browser.get("/display/HRC").body()).isEqualTo(browser.get("/display/NOPE").body())
                .doesNotContain("HR Confidential");
        assertThat(browser.get("/display/NOPE").statusCode()).isEqualTo(404);
        assertThat(browser.get("/display/ENG/No+such+page").statusCode()).isEqualTo(404);
        assertThat(browser.get("/browse/CORE-999999").statusCode()).isEqualTo(404);
    }

    @Test
    void projectPage_shouldShowTheOwningTeamsStream() {
        Browser browser = loggedIn("alice");
        HttpResponse<String> page = browser.get("/browse/CORE");

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Browser.html(page);
        assertThat(html.select("h1").text()).isEqualTo("Core Platform");
        assertThat(html.select(".vm-owner").text()).contains("Engineering");
        assertThat(html.select(".vm-project-activity .vm-item")).isNotEmpty()
                .allSatisfy(item -> assertThat(item.select(".vm-team").text()).contains("Engineering"));
        String issue = html.select(".vm-project-issues a").first().attr("href");
        assertThat(browser.follow(issue).statusCode()).isEqualTo(200);
    }

    @Test
    void commentForm_shouldBeCapturedAsActivityRespondingToThePageAuthor() {
        Browser browser = loggedIn("bob");
        HttpResponse<String> page = browser.get("/display/ENG/Activity");
        String text = "Support's view " + System.nanoTime();

        HttpResponse<String> posted = browser.postForm("/display/ENG/Activity", Map.of("atl_token", Browser.token(page),
                "body", text));
        host.flushCapture();

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).contains("/display/ENG/Activity#comment-");
        assertThat(Browser.html(browser.get("/display/ENG/Activity")).select(".vm-comment-list").text()).contains(text);
        var items = host.api().get("/rest/value-matrix/1.0/stream?container=ENG&verb=commented&limit=5", "bob").json()
                .get("items");
        assertThat(items.get(0).get("actor").get("displayName").asText()).isEqualTo("Bob Brennan");
        assertThat(items.get(0).get("counterpart").get("displayName").asText()).isEqualTo("Alice Anderson");
        assertThat(items.get(0).get("scope").asText()).isEqualTo("across");
    }

    @Test
    void teamsPage_shouldBeForAdministratorsOnly() {
        assertThat(loggedIn("alice").get("/admin/teams").statusCode()).isEqualTo(403);
        HttpResponse<String> page = loggedIn("admin").get("/admin/teams");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Browser.html(page).select("table.vm-teams tbody tr")).hasSizeGreaterThanOrEqualTo(16);
        String teams = "nav a[href=" + TestHost.CONTEXT_PATH + "/admin/teams]";
        assertThat(Browser.html(page).select(teams)).hasSize(1);
        assertThat(Browser.html(loggedIn("alice").get("/spaces")).select(teams)).isEmpty();
    }

    @Test
    void pages_shouldBeAccessible_languageHeadingAndLabels() {
        Browser browser = loggedIn("alice");
        for (String path : new String[] {"/spaces", "/display/ENG", "/display/ENG/Activity", "/browse/CORE",
                "/plugins/servlet/value-matrix/activity"}) {
            Document html = Browser.html(browser.get(path));
            assertThat(html.select("html").attr("lang")).as(path).isEqualTo("en");
            assertThat(html.select("h1")).as(path).hasSize(1);
            assertThat(html.select("main#main")).as(path).hasSize(1);
            for (Element input : html.select("input:not([type=hidden]), select, textarea")) {
                assertThat(html.select("label[for=" + input.id() + "]")).as("%s: label for %s", path, input).hasSize(1);
            }
        }
        Document login = Browser.html(new Browser(host.api().base()).get("/login"));
        assertThat(login.select("label[for=os_username]")).hasSize(1);
        assertThat(login.select("label[for=os_password]")).hasSize(1);
        assertThat(login.select("h1").text()).isEqualTo("Log in");
    }

    @Test
    void unknownAddressAndStaticFiles_shouldAnswerSensibly() {
        Api api = host.api();
        assertThat(api.get("/no/such/page", null).status()).isEqualTo(404);
        assertThat(api.get("/static/aui/aui-prototyping.css", null).status()).isEqualTo(200);
        assertThat(api.get("/static/vm/activity/activity.js", null).header("Content-Type")).startsWith("text/javascript");
        assertThat(api.get("/static/vm/../org/valuematrix/i18n.properties", null).status()).isIn(400, 404);
        assertThat(api.get("/", null).header("Location")).isEqualTo(host.host().baseUrl() + "/spaces");
        assertThat(api.get("/spaces", null).header("Content-Security-Policy")).contains("script-src 'self'");
    }

    private static Browser loggedIn(String user) {
        Browser browser = new Browser(host.api().base());
        assertThat(browser.logIn(user, "/").statusCode()).isEqualTo(302);
        return browser;
    }
}
