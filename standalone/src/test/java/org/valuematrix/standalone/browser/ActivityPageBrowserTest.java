package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * A person logs in through the form, filters the full activity page to "Across teams" with its
 * form, and pages on with "load more": only cross-team entries, each once, newest first, and
 * worded as the server words them.
 */
class ActivityPageBrowserTest {
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    private static final int MORE = 3;
    private static Chromium browser;

    @BeforeAll
    static void start() {
        TestHost host = TestHost.shared();
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
    void filterAcrossTeams_thenLoadMore_shouldShowOnlyCrossTeamEntriesOnceEachNewestFirst() {
        browser.open(ACTIVITY);
        assertThat(browser.driver().getTitle()).startsWith("Cross-team activity");
        List<Chromium.Item> unfiltered = browser.items(browser.stream("main"));
        assertThat(unfiltered).as("the unfiltered page has entries of more than one scope").isNotEmpty()
                .anySatisfy(item -> assertThat(item.classes).doesNotContain("vm-scope-across"));

        new Select(browser.driver().findElement(By.id("vm-scope"))).selectByVisibleText("Across teams");
        browser.driver().findElement(By.id("vm-apply")).click();
        browser.waiting().until(ExpectedConditions.urlContains("scope=across"));
        browser.waitForLoad();

        assertThat(browser.path()).startsWith(ACTIVITY + "?").contains("scope=across");
        assertThat(new Select(browser.driver().findElement(By.id("vm-scope"))).getFirstSelectedOption().getText())
                .isEqualTo("Across teams");
        WebElement stream = browser.stream("main");
        List<Chromium.Item> first = browser.items(stream);
        assertThat(first).as("first page").isNotEmpty().allSatisfy(ActivityPageBrowserTest::assertAcross);
        // AUI shows lozenges in capitals.
        assertThat(stream.findElements(By.cssSelector("li.vm-item .vm-lozenge-across")))
                .extracting(WebElement::getText).hasSize(first.size()).containsOnly("ACROSS TEAMS");
        browser.screenshot("activity-across");
        browser.tallScreenshot("activity-across-page", 1300);

        int loads = browser.loadMore(stream, MORE);

        List<Chromium.Item> all = browser.items(stream);
        assertThat(loads).as("'load more' clicks that loaded entries").isPositive();
        assertThat(all.size()).isGreaterThan(first.size());
        assertThat(all.subList(0, first.size())).extracting(i -> i.id)
                .as("the first page stays in place").containsExactlyElementsOf(first.stream().map(i -> i.id).toList());
        assertThat(all).allSatisfy(ActivityPageBrowserTest::assertAcross);
        StreamChecks.assertOnceEachNewestFirst(all);
        StreamChecks.assertLinksOpen(browser, stream);
        assertThat(browser.path()).contains("scope=across");
        browser.screenshot("activity-across-more");

        Map<String, String> scriptWords = lines(stream);
        scriptWords.keySet().retainAll(all.subList(first.size(), all.size()).stream().map(i -> i.id).toList());
        assertThat(scriptWords).as("entries the script rendered").isNotEmpty();
        browser.open(ACTIVITY + "?scope=across&limit=200");
        assertThat(lines(browser.stream("main"))).as("entries the server renders, by id")
                .containsAllEntriesOf(scriptWords);
    }

    /** @return each entry's sentence and where it happened, by its id, spaces collapsed */
    @SuppressWarnings("unchecked")
    private static Map<String, String> lines(WebElement stream) {
        return new LinkedHashMap<>((Map<String, String>) browser.js("var out = {};"
                + "arguments[0].querySelectorAll('li.vm-item').forEach(function (li) {"
                + "  out[li.getAttribute('data-id')] = (li.querySelector('.vm-item-line').textContent + ' | '"
                + "      + li.querySelector('.vm-where').textContent).replace(/\\s+/g, ' ').trim(); });"
                + "return out;", stream));
    }

    private static void assertAcross(Chromium.Item item) {
        assertThat(item.visible).as("%s is visible", item).isTrue();
        assertThat(item.classes).as("classes of %s", item).contains("vm-scope-across")
                .doesNotContain("vm-scope-within", "vm-scope-external");
    }
}
