package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.Events;
import org.valuematrix.standalone.support.TestHost;

/**
 * Issue 15, point 7, at a desktop's and a phone's width: while the activity page or a page with
 * the macro is open, newer activity is offered as "N new entries", loaded on click at the top.
 * The script asks at most once a minute and not at all while the tab is hidden; the test calls
 * its timer's step instead of waiting a minute.
 */
class FreshEntriesBrowserTest {
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    private static final String MACRO = "#main-content .conf-macro";
    /** Counts the page's requests from here on. */
    private static final String COUNT_FETCHES = "if (!window.vmFetch) { window.vmFetch = window.fetch; }"
            + "window.vmFetches = 0; window.fetch = function () { window.vmFetches++;"
            + "  return window.vmFetch.apply(window, arguments); };";
    private static Chromium browser;
    private static Api api;
    private static DemoUsers users;

    @BeforeAll
    static void start() {
        TestHost host = TestHost.shared();
        api = host.api();
        users = new DemoUsers(api);
        browser = Chromium.start(host.host().baseUrl());
        browser.logIn("alice", Api.PASSWORD);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {Viewports.DESKTOP, Viewports.PHONE})
    void activityPage_newerActivity_shouldBeOfferedAndLoadedOnClick(int width) {
        Viewports.width(browser, width);
        browser.open(ACTIVITY);
        assertFreshEntriesOffered("main section.vm-stream", "activity page", width);
    }

    @ParameterizedTest
    @ValueSource(ints = {Viewports.DESKTOP, Viewports.PHONE})
    void macro_newerActivity_shouldBeOfferedAndLoadedOnClick(int width) {
        Viewports.width(browser, width);
        browser.open("/display/ENG");
        assertFreshEntriesOffered(MACRO + " section.vm-stream", "space page with the macro", width);
    }

    private static void assertFreshEntriesOffered(String selector, String page, int width) {
        WebElement stream = browser.stream(selector.substring(0, selector.lastIndexOf(' ')));
        List<Chromium.Item> before = browser.items(stream);
        browser.js(COUNT_FETCHES);
        assertThat(tick(selector, false)).as("a check less than a minute after the page loaded").isZero();
        assertThat(fetches()).isZero();

        String title = "Fresh entry " + System.nanoTime();
        post(title);
        hidden(true);
        assertThat(tick(selector, true)).as("checks while the tab is hidden").isZero();
        assertThat(fetches()).isZero();
        assertThat(stream.findElements(By.cssSelector(".vm-fresh"))).isEmpty();

        // Shown again, a minute after the last check: the page asks at once.
        hidden(false);
        WebElement offer = browser.waiting().until(d -> stream.findElements(By.cssSelector(".vm-fresh button")).stream()
                .findFirst().orElse(null));
        assertThat(fetches()).as("one check once the minute has passed and the tab shows").isEqualTo(1);
        assertThat(offer.getText()).matches("(1 new entry \u2014 show it|\\d+ new entries \u2014 show them)");
        assertThat(tick(selector, false)).as("a second check within the minute").isZero();
        assertThat(fetches()).isEqualTo(1);
        assertThat(browser.items(stream)).extracting(i -> i.id).as("nothing moves until asked")
                .containsExactlyElementsOf(before.stream().map(i -> i.id).toList());
        Viewports.assertAccessible(browser, page + " offering new entries, " + width + " px");

        offer.click();
        browser.waiting().until(d -> stream.findElements(By.cssSelector(".vm-fresh")).isEmpty());

        List<Chromium.Item> after = browser.items(stream);
        int added = after.size() - before.size();
        assertThat(added).isPositive();
        assertThat(after.subList(0, added)).anySatisfy(i -> assertThat(i.title).isEqualTo(title));
        assertThat(after.subList(added, after.size())).extracting(i -> i.id)
                .containsExactlyElementsOf(before.stream().map(i -> i.id).toList());
        StreamChecks.assertOnceEachNewestFirst(after);
        StreamChecks.assertRenderedAsTheFirstPage(browser, stream);
        assertThat(stream.findElements(By.cssSelector(".vm-fresh"))).isEmpty();
        assertThat(stream.findElement(By.cssSelector(".vm-stream-status")).getText())
                .isEqualTo(added == 1 ? "1 new entry added at the top." : added + " new entries added at the top.");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("data-id")).as("focus on the first new entry")
                .isEqualTo(after.get(0).id);
        Viewports.assertAccessible(browser, page + " after showing new entries, " + width + " px");
    }

    /** An interaction of two engineers in ENG, now: both alice's page and the ENG macro show it. */
    private static void post(String title) {
        String actor = users.memberOfExcept("engineering", "alice");
        Api.Reply r = api.post("/rest/value-matrix/1.0/events", "admin", "application/json", Api.json(List.of(
                Events.event("fresh-" + System.nanoTime(), Instant.now().toString(), users.key(actor), "commented", "ENG",
                        "confluence", users.key("alice"), title))));
        assertThat(r.json().get("stored").asInt()).as(r.body()).isEqualTo(1);
    }

    private static void hidden(boolean hidden) {
        browser.js("Object.defineProperty(document, 'visibilityState', {configurable: true,"
                + " get: function () { return arguments[0] ? 'hidden' : 'visible'; }.bind(null, " + hidden + ")});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
    }

    /**
     * One step of the script's timer for the stream at {@code selector}, as if a minute had passed
     * since its last check when {@code minutePassed}.
     *
     * @return how many streams asked the server
     */
    private static long tick(String selector, boolean minutePassed) {
        return (Long) browser.jsAsync("var s = document.querySelector(arguments[0]).vmStream;"
                + "if (arguments[1]) { s.lastPoll = Date.now() - window.ValueMatrixStream.pollMillis; }"
                + "window.ValueMatrixStream.tick().then(function (r) { done(r.length); });", selector, minutePassed);
    }

    private static long fetches() {
        return (Long) browser.js("return window.vmFetches;");
    }
}
