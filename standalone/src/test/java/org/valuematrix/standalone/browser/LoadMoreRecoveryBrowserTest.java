package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * Issue 15, point 5, at a desktop's and a phone's width: "Load more" used from the keyboard shows
 * a spinner while it loads, keeps the focus, says how many entries it added, and when the session
 * has ended says so with a way back, instead of "Loading…" forever.
 */
class LoadMoreRecoveryBrowserTest {
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    /** Holds each request of the page back a while, so that what shows meanwhile can be seen. */
    private static final String SLOW_FETCH = "if (!window.vmFetch) { window.vmFetch = window.fetch; }"
            + "window.fetch = function () { var a = arguments;"
            + "  return new Promise(function (r) { setTimeout(r, 1500); }).then(function () {"
            + "    return window.vmFetch.apply(window, a); }); };";
    private static Chromium browser;

    @BeforeAll
    static void start() {
        browser = Chromium.start(TestHost.shared().host().baseUrl());
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {Viewports.DESKTOP, Viewports.PHONE})
    void loadMoreFromTheKeyboard_shouldSpinKeepTheFocusAndSayHowManyWereAdded(int width) {
        loggedIn(width);
        browser.open(ACTIVITY + "?limit=5");
        WebElement stream = browser.stream("main");
        WebElement button = stream.findElement(By.cssSelector("button.vm-more"));
        browser.js(SLOW_FETCH);

        press(button);

        assertThat(button.getAttribute("aria-busy")).isEqualTo("true");
        assertThat(button.findElements(By.tagName("aui-spinner"))).as("a spinner while loading").hasSize(1);
        assertThat(status(stream)).isEqualTo("Loading\u2026");
        Viewports.assertAccessible(browser, "activity page while loading more, " + width + " px");
        waitUntilDone(stream);

        assertThat(browser.items(stream)).hasSize(10);
        assertThat(status(stream)).isEqualTo("5 more entries added.");
        assertThat(stream.findElement(By.cssSelector(".vm-stream-status")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(button.findElements(By.tagName("aui-spinner"))).isEmpty();
        assertThat(browser.driver().switchTo().activeElement()).as("the focus stays on the button").isEqualTo(button);
        StreamChecks.assertOnceEachNewestFirst(browser.items(stream));
        StreamChecks.assertRenderedAsTheFirstPage(browser, stream);
        Viewports.assertAccessible(browser, "activity page after loading more, " + width + " px");
    }

    @ParameterizedTest
    @ValueSource(ints = {Viewports.DESKTOP, Viewports.PHONE})
    void loadMoreAfterTheSessionEnded_shouldSaySoWithAWayBack(int width) {
        loggedIn(width);
        browser.open(ACTIVITY + "?limit=5&scope=across");
        String page = browser.driver().getCurrentUrl();
        WebElement stream = browser.stream("main");
        WebElement button = stream.findElement(By.cssSelector("button.vm-more"));
        browser.driver().manage().deleteCookieNamed("VMSESSIONID");

        press(button);
        waitUntilDone(stream);

        assertThat(status(stream)).isEqualTo("Your session ended \u2014 log in again");
        WebElement again = stream.findElement(By.cssSelector(".vm-stream-status a"));
        assertThat(again.getAttribute("href")).isEqualTo(page);
        assertThat(browser.items(stream)).hasSize(5);
        assertThat(browser.driver().switchTo().activeElement()).as("the focus stays on the button").isEqualTo(button);
        Viewports.assertAccessible(browser, "activity page after the session ended, " + width + " px");

        again.click();
        browser.waitForLoad();
        assertThat(browser.path()).startsWith("/login");
        browser.driver().findElement(By.id("os_username")).sendKeys("alice");
        browser.driver().findElement(By.id("os_password")).sendKeys(Api.PASSWORD);
        browser.driver().findElement(By.id("login-submit")).click();
        browser.waiting().until(d -> d.getCurrentUrl().equals(page));
        browser.waitForLoad();
        assertThat(browser.loadMore(browser.stream("main"), 1)).as("load more works again after logging in").isEqualTo(1);
    }

    private static void loggedIn(int width) {
        browser.driver().manage().deleteAllCookies();
        Viewports.width(browser, width);
        browser.logIn("alice", Api.PASSWORD);
    }

    /** Focuses the button as the Tab key would and presses Enter on it. */
    private static void press(WebElement button) {
        browser.js("arguments[0].focus();", button);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
    }

    private static void waitUntilDone(WebElement stream) {
        browser.waiting().until(d -> (Boolean) browser.js("var b = arguments[0].querySelector('button.vm-more');"
                + "return !b || !b.hasAttribute('aria-busy');", stream));
    }

    private static String status(WebElement stream) {
        return ((String) browser.js("return arguments[0].querySelector('.vm-stream-status').textContent;", stream))
                .trim();
    }
}
