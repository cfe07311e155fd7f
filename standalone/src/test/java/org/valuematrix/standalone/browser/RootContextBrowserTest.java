package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * The other browser tests use the host under {@code /confluence}; this one the host at the root
 * context: log in, filter the activity page, page on with "load more", open an entry's link.
 */
class RootContextBrowserTest {
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    private static Chromium browser;

    @BeforeAll
    static void start() {
        TestHost host = TestHost.sharedRestV2();
        assertThat(host.host().contextPath()).isEmpty();
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
    void activityPage_atTheRoot_shouldFilterLoadMoreAndLink() {
        assertThat(browser.path()).isEqualTo("/spaces");
        browser.open(ACTIVITY);
        new Select(browser.driver().findElement(By.id("vm-scope"))).selectByVisibleText("Across teams");
        browser.driver().findElement(By.id("vm-apply")).click();
        browser.waiting().until(ExpectedConditions.urlContains("scope=across"));
        browser.waitForLoad();
        assertThat(browser.path()).startsWith(ACTIVITY + "?");

        WebElement stream = browser.stream("main");
        int first = browser.items(stream).size();
        assertThat(browser.loadMore(stream, 1)).isEqualTo(1);

        List<Chromium.Item> all = browser.items(stream);
        assertThat(all.size()).isGreaterThan(first);
        assertThat(all).allSatisfy(item -> assertThat(item.classes).contains("vm-scope-across"));
        StreamChecks.assertOnceEachNewestFirst(all);
        StreamChecks.assertLinksOpen(browser, stream);
    }
}
