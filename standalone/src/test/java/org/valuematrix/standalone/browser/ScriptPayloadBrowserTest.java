package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * Page titles that are script payloads, created through the host's content actions and commented
 * on by someone else, show as literal text and never run: in the activity page and in the macro,
 * both in the first page and in the entries "Load more" adds.
 *
 * <p>The host's Content-Security-Policy would also stop inline script, so "it did not run" alone
 * would not prove escaping; the tests also look for any element the payloads would have created.
 */
class ScriptPayloadBrowserTest {
    static final String IMG = "<img src=x onerror=\"window.__vmXss=1\">";
    static final String SCRIPT = "<script>window.__vmXss=2</script>";
    private static final String SPACE = "KB";
    /** Reads what a payload would have done to the page. */
    private static final String PROBE = "return {flag: typeof window.__vmXss,"
            + " imgs: Array.prototype.filter.call(document.images, function (i) { return i.getAttribute('src') === 'x'; }).length,"
            + " scripts: Array.prototype.filter.call(document.scripts, function (s) { return s.textContent.indexOf('__vmXss') >= 0; }).length,"
            + " handlers: document.querySelectorAll('[onerror]').length};";
    private static Chromium browser;
    private static String since;
    private static List<String> pages;

    @BeforeAll
    static void payloads() {
        TestHost host = TestHost.shared();
        Api api = host.api();
        since = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS).toString();
        pages = new java.util.ArrayList<>();
        for (String title : List.of(IMG, SCRIPT)) {
            Api.Reply page = api.post("/rest/standalone/1.0/containers/" + SPACE + "/content", "bob", "application/json",
                    Api.json(Map.of("title", title, "body", "Body " + title)));
            assertThat(page.status()).as(page.body()).isEqualTo(201);
            pages.add(page.json().get("url").asText());
            Api.Reply comment = api.post("/rest/standalone/1.0/content/" + page.json().get("id").asText() + "/comments",
                    "alice", "application/json", Api.json(Map.of("body", "Seen " + title)));
            assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        }
        host.flushCapture();
        browser = Chromium.start(host.host().baseUrl());
        browser.logIn("alice", Api.PASSWORD);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void activityPage_shouldShowPayloadTitlesAsTextInRenderedAndLoadedEntries() {
        // One entry per page: the first page's, and three that "Load more" adds.
        browser.open("/plugins/servlet/value-matrix/activity?container=" + SPACE + "&since=" + since + "&limit=1");
        WebElement stream = browser.stream("main");
        assertThat(browser.items(stream)).hasSize(1);
        assertNothingRan();

        assertThat(browser.loadMore(stream, 5)).isEqualTo(3);

        assertPayloadEntries(stream);
        assertNothingRan();
    }

    @Test
    void macroInASpace_shouldShowPayloadTitlesAsTextInRenderedAndLoadedEntries() {
        // The KB home page's macro shows the space's activity; max=1 overrides its size.
        browser.open("/display/" + SPACE + "?max=1");
        WebElement stream = browser.stream("#main-content .conf-macro");
        assertThat(browser.items(stream)).hasSize(1);
        assertNothingRan();

        assertThat(browser.loadMore(stream, 3)).isEqualTo(3);

        assertPayloadEntries(stream);
        // The space's recent pages list them too.
        assertThat(browser.driver().findElements(By.cssSelector("ul.vm-pages li a"))).extracting(WebElement::getText)
                .contains(IMG, SCRIPT);
        assertNothingRan();
    }

    @Test
    void pageView_shouldShowThePayloadTitleAsText() {
        for (int i = 0; i < pages.size(); i++) {
            browser.open(pages.get(i));
            assertThat(browser.driver().findElement(By.id("title-text")).getText()).isEqualTo(List.of(IMG, SCRIPT).get(i));
            assertNothingRan();
        }
    }

    /** The newest four entries: Alice's comment on each page, newest first, each after Bob created it. */
    private static void assertPayloadEntries(WebElement stream) {
        List<Chromium.Item> items = browser.items(stream);
        assertThat(items.subList(0, 4)).extracting(i -> i.title).containsExactly(SCRIPT, SCRIPT, IMG, IMG);
        List<WebElement> links = stream.findElements(By.cssSelector("li.vm-item a.vm-object"));
        assertThat(links.subList(0, 4)).extracting(WebElement::getText).as("what the person sees")
                .containsExactly(SCRIPT, SCRIPT, IMG, IMG);
        assertThat(List.of(items.get(0), items.get(2))).allSatisfy(i -> assertThat(i.text)
                .contains("Alice Anderson", "commented on", "by Bob Brennan"));
        assertThat(List.of(items.get(1), items.get(3))).allSatisfy(i -> assertThat(i.text)
                .contains("Bob Brennan", "created").doesNotContain("Alice Anderson"));
        StreamChecks.assertOnceEachNewestFirst(items);
    }

    private static void assertNothingRan() {
        Map<?, ?> probe = (Map<?, ?>) browser.js(PROBE);
        assertThat(probe.get("flag")).as("typeof window.__vmXss on %s", browser.path()).isEqualTo("undefined");
        assertThat(probe.get("imgs")).as("injected <img src=x> on %s", browser.path()).isEqualTo(0L);
        assertThat(probe.get("scripts")).as("injected <script> on %s", browser.path()).isEqualTo(0L);
        assertThat(probe.get("handlers")).as("elements with onerror on %s", browser.path()).isEqualTo(0L);
    }
}
