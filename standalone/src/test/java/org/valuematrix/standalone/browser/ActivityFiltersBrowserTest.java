package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * Issue 15, point 4, at a desktop's and a phone's width: the filter form shows what the URL
 * filters by — every value of a multi-valued filter, an exact start time — and Apply keeps it;
 * a filter the page cannot use (a space nobody may view under that key) is said, with no list
 * that would look like its answer; an empty result offers "Clear filters".
 */
class ActivityFiltersBrowserTest {
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    private static Chromium browser;

    @BeforeAll
    static void start() {
        browser = Chromium.start(TestHost.shared().host().baseUrl());
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
    void multiValuedFilters_shouldShowEveryValue_andApplyShouldKeepThem(int width) {
        Viewports.width(browser, width);
        browser.open(ACTIVITY + "?scope=across,external&team=eng,support");

        assertThat(selected("vm-scope")).containsExactly("across", "external");
        assertThat(selected("vm-team")).containsExactly("eng", "support");
        assertThat(browser.driver().findElement(By.id("vm-scope")).getAttribute("multiple")).isNotNull();
        List<Chromium.Item> before = browser.items(browser.stream("main"));
        assertThat(before).isNotEmpty().allSatisfy(i -> assertThat(i.classes).containsAnyOf("vm-scope-across",
                "vm-scope-external"));
        Viewports.assertAccessible(browser, "activity page with two scopes and two teams, " + width + " px");
        browser.screenshot("activity-filters-" + width);

        browser.driver().findElement(By.id("vm-apply")).click();
        browser.waiting().until(ExpectedConditions.urlContains("scope=external"));
        browser.waitForLoad();

        assertThat(browser.path()).contains("team=eng", "team=support", "scope=across", "scope=external");
        assertThat(selected("vm-scope")).containsExactly("across", "external");
        assertThat(selected("vm-team")).containsExactly("eng", "support");
        assertThat(browser.items(browser.stream("main"))).extracting(i -> i.id)
                .containsExactlyElementsOf(before.stream().map(i -> i.id).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {Viewports.DESKTOP, Viewports.PHONE})
    void anExactSinceTime_shouldBeShownAndKept(int width) {
        Viewports.width(browser, width);
        browser.open(ACTIVITY + "?since=2020-01-01T14:05:00Z");

        WebElement since = browser.driver().findElement(By.id("vm-since"));
        assertThat(since.getAttribute("value")).isEqualTo("2020-01-01T14:05:00Z");
        assertThat(since.isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("vm-since-exact")).getText())
                .isEqualTo("An exact time, as the link gave it (UTC).");
        Viewports.assertAccessible(browser, "activity page with an exact start, " + width + " px");

        browser.driver().findElement(By.id("vm-apply")).click();
        browser.waiting().until(ExpectedConditions.urlContains("since=2020-01-01T14%3A05%3A00Z"));
        browser.waitForLoad();
        assertThat(browser.driver().findElement(By.id("vm-since")).getAttribute("value"))
                .isEqualTo("2020-01-01T14:05:00Z");

        browser.open(ACTIVITY + "?since=2020-01-01");
        assertThat(browser.driver().findElement(By.id("vm-since")).getAttribute("type")).isEqualTo("date");
        assertThat(browser.driver().findElement(By.id("vm-since")).getAttribute("value")).isEqualTo("2020-01-01");
    }

    @ParameterizedTest
    @ValueSource(ints = {Viewports.DESKTOP, Viewports.PHONE})
    void anUnknownOrHiddenContainer_shouldBeAnError_notAnEmptyList(int width) {
        Viewports.width(browser, width);
        for (String key : new String[] {"NOSUCH", "HRC"}) {
            assertThat(browser.statusOf(ACTIVITY + "?container=" + key)).isEqualTo(400L);
            browser.open(ACTIVITY + "?container=" + key);

            String alert = browser.driver().findElement(By.cssSelector("main [role=alert]")).getText();
            assertThat(alert).contains("There is no space or project \u201c" + key + "\u201d that you can view.")
                    .contains("No entries are shown until these filters are corrected or cleared.")
                    .doesNotContain("HR Confidential");
            assertThat(browser.driver().findElements(By.cssSelector("main li.vm-item"))).isEmpty();
            assertThat(selected("vm-container")).containsExactly(key);
        }
        Viewports.assertAccessible(browser, "activity page with an unknown space, " + width + " px");
    }

    @ParameterizedTest
    @ValueSource(ints = {Viewports.DESKTOP, Viewports.PHONE})
    void anEmptyResult_shouldOfferClearFilters(int width) {
        Viewports.width(browser, width);
        browser.open(ACTIVITY + "?container=ENG&since=2001-01-01&until=2001-01-02");
        WebElement stream = browser.stream("main");
        assertThat(browser.items(stream)).isEmpty();
        WebElement clear = stream.findElement(By.cssSelector(".vm-stream-empty a.vm-clear-filters"));
        assertThat(clear.getText()).isEqualTo("Clear filters");
        Viewports.assertAccessible(browser, "activity page with nothing to show, " + width + " px");

        clear.click();
        browser.waitForLoad();

        assertThat(browser.path()).isEqualTo(ACTIVITY);
        assertThat(browser.items(browser.stream("main"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("main .vm-stream-empty"))).isEmpty();
    }

    private static List<String> selected(String id) {
        return new Select(browser.driver().findElement(By.id(id))).getAllSelectedOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
    }
}
