package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.TestHost;

/**
 * Issue 15, point 1, at a desktop's and a phone's width: a person types part of a name into the
 * Person filter, picks "Sam Okoro" with the keyboard alone and applies; the stream shows Sam's
 * entries, a name in an entry filters by that person, and a person nobody can find is said so.
 */
class PeoplePickerBrowserTest {
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    private static Chromium browser;
    private static DemoUsers users;

    @BeforeAll
    static void start() {
        TestHost host = TestHost.shared();
        users = new DemoUsers(host.api());
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
    void typeAName_chooseWithTheKeyboard_apply_shouldShowThatPersonsEntries(int width) {
        Viewports.width(browser, width);
        browser.open(ACTIVITY);
        WebElement field = browser.driver().findElement(By.id("vm-actor"));
        assertThat(browser.driver().findElement(By.cssSelector("label[for=vm-actor]")).getText()).isEqualTo("Person");

        field.click();
        field.sendKeys("oko");
        WebElement option = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#vm-actor-list [role=option]")));
        assertThat(field.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(option.getText()).isEqualTo("Sam Okoro (sam)");
        assertThat(status()).isEqualTo("1 person found. Use the arrow keys to choose.");
        assertOnScreen(browser.driver().findElement(By.id("vm-actor-list")));
        Viewports.assertAccessible(browser, "activity page, person list open, " + width + " px");
        browser.screenshot("activity-person-picker-" + width);

        field.sendKeys(Keys.ARROW_DOWN);
        assertThat(field.getAttribute("aria-activedescendant")).isEqualTo(option.getAttribute("id"));
        assertThat(option.getAttribute("aria-selected")).isEqualTo("true");
        field.sendKeys(Keys.ENTER);
        assertThat(field.getAttribute("value")).isEqualTo("sam");
        assertThat(field.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(field);
        field.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("actor=sam"));
        browser.waitForLoad();

        List<String> actors = actorNames();
        assertThat(actors).as("entries after choosing Sam").isNotEmpty().containsOnly("Sam Okoro");
        assertThat(browser.driver().findElement(By.id("vm-actor")).getAttribute("value")).isEqualTo("sam");
        Viewports.assertAccessible(browser, "activity page filtered by a person, " + width + " px");
    }

    @ParameterizedTest
    @ValueSource(ints = {Viewports.DESKTOP, Viewports.PHONE})
    void aNameInAnEntry_shouldLinkToTheStreamOfThatPerson(int width) {
        Viewports.width(browser, width);
        browser.open(ACTIVITY + "?scope=across");
        WebElement name = browser.stream("main").findElements(By.cssSelector("li.vm-item a.vm-counterpart")).get(0);
        String who = name.getText();
        assertThat(name.getAttribute("href")).startsWith(browser.base() + ACTIVITY + "?actor=");

        name.click();
        browser.waiting().until(ExpectedConditions.urlContains("actor="));
        browser.waitForLoad();

        assertThat(actorNames()).isNotEmpty().containsOnly(who);
        String username = browser.driver().findElement(By.id("vm-actor")).getAttribute("value");
        assertThat(users.user(username).get("displayName").asText()).as("the field names the person by user name")
                .isEqualTo(who);

        // Entries the script adds link alike.
        browser.open(ACTIVITY + "?actor=sam&limit=5");
        WebElement stream = browser.stream("main");
        browser.loadMore(stream, 1);
        List<WebElement> links = stream.findElements(By.cssSelector("li.vm-item a.vm-actor"));
        assertThat(links).hasSizeGreaterThan(5).allSatisfy(a -> assertThat(a.getAttribute("href"))
                .isEqualTo(browser.base() + ACTIVITY + "?actor=" + users.key("sam")));
    }

    @ParameterizedTest
    @ValueSource(ints = {Viewports.DESKTOP, Viewports.PHONE})
    void anUnknownPerson_shouldBeSaid_notAnEmptyList(int width) {
        Viewports.width(browser, width);
        assertThat(browser.statusOf(ACTIVITY + "?actor=Nobody%20Atall")).isEqualTo(400L);
        browser.open(ACTIVITY + "?actor=Nobody%20Atall");

        WebElement alert = browser.driver().findElement(By.cssSelector("main [role=alert]"));
        assertThat(alert.getText()).contains("Nobody called \u201cNobody Atall\u201d can be found.")
                .contains("No entries are shown until these filters are corrected or cleared.");
        assertThat(browser.driver().findElements(By.cssSelector("main li.vm-item"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("vm-actor")).getAttribute("value")).isEqualTo("Nobody Atall");
        Viewports.assertAccessible(browser, "activity page with an unknown person, " + width + " px");

        alert.findElement(By.cssSelector("a.vm-clear-filters")).click();
        browser.waitForLoad();
        assertThat(browser.path()).isEqualTo(ACTIVITY);
        assertThat(browser.items(browser.stream("main"))).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> actorNames() {
        return (List<String>) browser.js("return Array.prototype.map.call("
                + "document.querySelectorAll('main li.vm-item .vm-actor'), function (a) { return a.textContent; });");
    }

    private static String status() {
        return (String) browser.js("return document.querySelector('.vm-people-status').textContent;");
    }

    private static void assertOnScreen(WebElement element) {
        long right = (Long) browser.js("return Math.ceil(arguments[0].getBoundingClientRect().right);", element);
        long viewport = (Long) browser.js("return document.documentElement.clientWidth;");
        assertThat(right).as("right edge of the person list").isLessThanOrEqualTo(viewport);
    }
}
