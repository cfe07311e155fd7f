package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * Entries worth reading, in Chromium at 1440 and 390 px: each names its kind of content with an
 * AUI icon and a text alternative, issues show their key before their title, consecutive edits
 * of one page by one person within an hour are one entry ("updated … 4 times") while an edit
 * hours earlier stays apart, and the macro shows its optional title; axe-core clean.
 */
class StreamEntriesBrowserTest {
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    private static final Set<String> KINDS = Set.of("Page", "Blog post", "Comment", "Issue");
    private static Chromium browser;
    private static TestHost host;

    @BeforeAll
    static void start() {
        host = TestHost.shared();
        browser = Chromium.start(host.host().baseUrl());
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyEntryNamesItsKind_andIssuesShowTheirKeys() {
        browser.loggedIn("alice", 1440);
        browser.open(ACTIVITY + "?limit=100");
        List<WebElement> items = browser.stream("main").findElements(By.cssSelector("li.vm-item"));
        assertThat(items).isNotEmpty();
        for (WebElement item : items) {
            WebElement icon = item.findElement(By.cssSelector(".vm-item-line .vm-type-icon"));
            assertThat(icon.getAttribute("class")).contains("aui-icon", "aui-iconfont-");
            assertThat(icon.getAttribute("role")).isEqualTo("img");
            assertThat(icon.getAttribute("aria-label")).isIn(KINDS);
        }

        browser.open(ACTIVITY + "?limit=50&container=CORE");
        List<WebElement> issues = browser.stream("main").findElements(By.cssSelector("li.vm-item a.vm-object"));
        assertThat(issues).isNotEmpty();
        for (WebElement issue : issues) {
            String key = issue.findElement(By.cssSelector(".vm-issue-key")).getText();
            assertThat(key).matches("CORE-[1-9][0-9]*");
            assertThat(issue.getText()).startsWith(key + " ").hasSizeGreaterThan(key.length() + 1);
            assertThat(issue.getAttribute("href").replaceFirst("#.*$", "")).endsWith("/browse/" + key);
        }
        browser.assertAccessible("activity page of CORE, 1440 px");

        browser.open(ACTIVITY + "?limit=20&container=CORE&verb=transitioned,resolved");
        List<WebElement> changes = browser.stream("main").findElements(By.cssSelector("li.vm-item"));
        assertThat(changes).isNotEmpty();
        for (WebElement change : changes) {
            WebElement status = change.findElement(By.cssSelector(".vm-item-status"));
            String to = status.findElement(By.cssSelector(".aui-lozenge.vm-status-to")).getText();
            assertThat(to).isNotBlank();
            List<WebElement> from = status.findElements(By.cssSelector(".aui-lozenge.vm-status-from"));
            String said = (String) browser.js("return arguments[0].querySelector('.assistive').textContent;", status);
            if (from.isEmpty()) {
                assertThat(said).isEqualToIgnoringCase("Status set to " + to);
            } else {
                assertThat(status.getText()).contains("\u2192");
                assertThat(said).isEqualToIgnoringCase("Status changed from " + from.get(0).getText() + " to " + to);
            }
        }
        browser.assertAccessible("status changes, 1440 px");
        browser.open(ACTIVITY + "?limit=5&container=CORE&verb=resolved");
        assertThat(browser.stream("main").findElements(By.cssSelector("li.vm-item .vm-status-to")))
                .as("resolutions end in Done").isNotEmpty().allSatisfy(l -> assertThat(l.getText()).isEqualToIgnoringCase("Done"));
    }

    @Test
    void commentEntriesQuoteTheComment_andItsLinkShowsThatComment() {
        browser.loggedIn("bob", 1440);
        browser.open(ACTIVITY + "?limit=100&verb=commented");
        // The comments the host holds: their entries link to their anchors (the demo's events the host
        // could not have recorded, and other tests' events, link to the item).
        List<WebElement> items = new ArrayList<>();
        for (WebElement li : browser.stream("main").findElements(By.cssSelector("li.vm-item"))) {
            if (li.findElement(By.cssSelector("a.vm-object")).getAttribute("href").matches(".*#comment-[0-9]+$")) {
                items.add(li);
            }
        }
        assertThat(items).isNotEmpty();
        for (WebElement item : items) {
            assertThat(item.findElements(By.cssSelector(".vm-excerpt"))).as("every comment entry quotes it").hasSize(1);
        }
        WebElement first = items.get(0);
        String quoted = first.findElement(By.cssSelector(".vm-excerpt")).getText();
        assertThat(quoted).startsWith("\u201c").endsWith("\u201d").hasSizeLessThanOrEqualTo(162 + 2);
        String href = first.findElement(By.cssSelector("a.vm-object")).getAttribute("href");
        assertThat(href).contains("#comment-");
        browser.assertAccessible("activity page, comments, 1440 px");

        browser.driver().get(href);
        browser.waitForLoad();
        WebElement comment = browser.driver().findElement(By.id(href.substring(href.indexOf('#') + 1)));
        String words = quoted.substring(1, quoted.length() - 1).replace("\u2026", "");
        assertThat(comment.getText().replaceAll("\\s+", " ")).as("the comment the entry quoted").contains(words);
    }

    @Test
    void aNewCommentsExcerpt_isItsTextEscaped() {
        String title = "Excerpt check " + System.nanoTime();
        Api.Reply page = host.api().post("/rest/standalone/1.0/containers/ENG/content", "alice", "application/json",
                Api.json(Map.of("title", title, "body", "A page to comment on.")));
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        String words = "<script>alert(9)</script> & <b>bold</b>\n\nsecond   line";
        Api.Reply comment = host.api().post("/rest/standalone/1.0/content/" + page.json().path("id").asText()
                + "/comments", "bob", "application/json", Api.json(Map.of("body", words)));
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);

        browser.loggedIn("alice", 1440);
        WebElement[] entry = {null};
        browser.waiting().until(d -> {
            browser.open(ACTIVITY + "?limit=20&verb=commented&container=ENG");
            for (WebElement li : browser.stream("main").findElements(By.cssSelector("li.vm-item"))) {
                if (li.findElement(By.cssSelector(".vm-object")).getText().equals(title)) {
                    entry[0] = li;
                }
            }
            return entry[0] != null;
        });
        WebElement excerpt = entry[0].findElement(By.cssSelector(".vm-excerpt"));
        assertThat(excerpt.getText()).isEqualTo("\u201c<script>alert(9)</script> & <b>bold</b> second line\u201d");
        assertThat(excerpt.findElements(By.cssSelector("script, b"))).isEmpty();
    }

    @Test
    void anExcerpt_neverShowsAnotherContainersComment() {
        String alice = userKey("alice");
        // An event in a space alice may view that names a comment of one she may not (the HR confidential space).
        Api.Reply comments = host.api().get("/rest/value-matrix/1.0/stream?limit=1&verb=commented&container=HRC",
                "admin");
        JsonNode item = comments.json().path("items").path(0);
        assertThat(item.isMissingNode()).as("the demo has comments in HRC: " + comments.body()).isFalse();
        String hidden = item.path("object").path("id").asText();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("sourceId", "excerpt-leak-" + System.nanoTime());
        event.put("occurredAt", Instant.now().minus(3, ChronoUnit.DAYS).toString());
        event.put("actor", alice);
        event.put("verb", "commented");
        event.put("object", Map.of("type", "comment", "id", hidden, "title", "Leak check", "url", "/display/ENG"));
        event.put("container", Map.of("key", "ENG", "product", "confluence"));
        Api.Reply posted = host.api().post("/rest/value-matrix/1.0/events", "admin", "application/json",
                Api.json(List.of(event)));
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);

        browser.loggedIn("alice", 1440);
        browser.open(ACTIVITY + "?limit=100&verb=commented&container=ENG&actor=" + Api.encode(alice));
        WebElement leak = null;
        for (WebElement li : browser.stream("main").findElements(By.cssSelector("li.vm-item"))) {
            if (li.findElement(By.cssSelector(".vm-object")).getText().equals("Leak check")) {
                leak = li;
            }
        }
        assertThat(leak).as("the event is shown").isNotNull();
        assertThat(leak.findElements(By.cssSelector(".vm-excerpt"))).as("but not the HR comment's words").isEmpty();
    }

    @Test
    void consecutiveEditsWithinAnHour_areOneEntry_atPhoneWidth() {
        String alice = userKey("alice");
        Instant base = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String title = "Rollup check " + base.toEpochMilli();
        List<Map<String, Object>> events = new ArrayList<>();
        // Four edits within 40 minutes, and one three hours before them.
        for (int minutes : new int[] {0, 10, 25, 40, 220}) {
            events.add(event("rollup-" + base.toEpochMilli() + "-" + minutes, base.minus(minutes, ChronoUnit.MINUTES),
                    alice, title));
        }
        Api.Reply posted = host.api().post("/rest/value-matrix/1.0/events", "admin", "application/json",
                Api.json(events));
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);

        browser.loggedIn("alice", 390);
        try {
            browser.open(ACTIVITY + "?limit=100&container=ENG&verb=updated&actor=" + Api.encode(alice)
                    + "&since=" + base.minus(5, ChronoUnit.HOURS) + "&until=" + base.plus(1, ChronoUnit.MINUTES));
            List<WebElement> mine = new ArrayList<>();
            for (WebElement item : browser.stream("main").findElements(By.cssSelector("li.vm-item"))) {
                if (item.findElement(By.cssSelector(".vm-object")).getText().equals(title)) {
                    mine.add(item);
                }
            }
            assertThat(mine).as("entries of the edited page").hasSize(2);
            String rolled = mine.get(0).findElement(By.cssSelector(".vm-item-line")).getText();
            assertThat(rolled).contains(title).contains("updated").endsWith("4 times");
            assertThat(mine.get(0).getAttribute("data-ids").split(" ")).hasSize(4);
            assertThat(mine.get(1).findElement(By.cssSelector(".vm-item-line")).getText()).doesNotContain("times");
            assertThat(mine.get(1).getAttribute("data-ids").split(" ")).hasSize(1);
            browser.assertAccessible("activity page, rolled-up edits, 390 px");
            browser.screenshot("stream-rollup-390");

            browser.open("/display/ENG?title=" + Api.encode("Engineering <today>") + "&max=5");
            WebElement heading = browser.driver().findElement(By.cssSelector(".conf-macro .vm-stream .vm-stream-title"));
            assertThat(heading.getText()).isEqualTo("Engineering <today>");
            browser.assertAccessible("macro with a title, 390 px");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    private static Map<String, Object> event(String sourceId, Instant at, String actor, String title) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("sourceId", sourceId);
        e.put("occurredAt", at.toString());
        e.put("actor", actor);
        e.put("verb", "updated");
        e.put("object", Map.of("type", "page", "id", "rollup-page", "title", title, "url", "/display/ENG"));
        e.put("container", Map.of("key", "ENG", "product", "confluence"));
        return e;
    }

    private static String userKey(String username) {
        JsonNode directory = host.api().get("/rest/standalone/1.0/directory", "admin").json();
        for (JsonNode user : directory.path("users")) {
            if (username.equals(user.path("username").asText())) {
                return user.path("key").asText();
            }
        }
        throw new IllegalStateException("no user " + username + " in " + directory);
    }

    @ParameterizedTest
    @ValueSource(ints = {1440, 390})
    void entriesLoadedByLoadMore_quoteCommentsAndShowStatusesAsTheFirstPage(int width) {
        browser.loggedIn("bob", width);
        try {
            browser.open(ACTIVITY + "?limit=3&verb=commented");
            WebElement stream = browser.stream("main");
            assertThat(browser.loadMore(stream, 6)).isEqualTo(6);
            List<WebElement> loaded = stream.findElements(By.cssSelector("li.vm-item"));
            List<WebElement> quotable = new ArrayList<>();
            for (WebElement li : loaded.subList(3, loaded.size())) {
                if (li.findElement(By.cssSelector("a.vm-object")).getAttribute("href").matches(".*#comment-[0-9]+$")) {
                    quotable.add(li);
                }
            }
            assertThat(quotable).as("loaded entries of comments the host holds").isNotEmpty();
            for (WebElement li : quotable) {
                assertThat(li.findElements(By.cssSelector(".vm-excerpt"))).as("a loaded comment entry quotes it")
                        .hasSize(1);
            }
            StreamChecks.assertRenderedAsTheFirstPage(browser, stream);
            browser.assertAccessible("comments after loading more, " + width + " px");

            browser.open(ACTIVITY + "?limit=2&container=CORE&verb=transitioned,resolved");
            stream = browser.stream("main");
            assertThat(browser.loadMore(stream, 2)).isEqualTo(2);
            List<WebElement> changes = stream.findElements(By.cssSelector("li.vm-item"));
            assertThat(changes).hasSizeGreaterThan(2);
            for (WebElement change : changes.subList(2, changes.size())) {
                assertThat(change.findElement(By.cssSelector(".vm-item-status .aui-lozenge.vm-status-to")).getText())
                        .as("a loaded status change shows its new status").isNotBlank();
            }
            StreamChecks.assertRenderedAsTheFirstPage(browser, stream);
            browser.assertAccessible("status changes after loading more, " + width + " px");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }


}
