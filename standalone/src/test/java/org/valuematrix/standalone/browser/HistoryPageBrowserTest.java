package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.valuematrix.standalone.support.TestHost;

/**
 * The history import's page in Chromium at 1440 and 390 px, on a host of its own (it imports): an
 * administrator starts the import and watches the progress bar finish, with items, events stored,
 * rate and time left; axe-core clean; others refused, anonymous callers sent to log in.
 */
class HistoryPageBrowserTest {
    private static final String PAGE = "/plugins/servlet/value-matrix/admin/history";
    private static TestHost host;
    private static Chromium browser;

    @BeforeAll
    static void start() {
        host = TestHost.start(2_000);
        browser = Chromium.start(host.host().baseUrl());
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
        host.close();
    }

    @Test
    void atDesktopWidth_anAdministratorStartsTheImportAndWatchesItFinish() {
        browser.loggedIn("admin", 1440);
        browser.open(PAGE);

        assertThat(browser.driver().getTitle()).startsWith("Import the history");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("vm-history-text"),
                "No import has run"));
        assertThat(browser.driver().findElement(By.id("vm-history-cancel")).isEnabled()).isFalse();
        browser.assertAccessible("history page, 1440 px");

        browser.driver().findElement(By.id("vm-history-start")).click();
        browser.waiting().until(d -> !"never".equals(d.findElement(By.id("vm-history-text")).getAttribute("data-state")));
        new WebDriverWait(browser.driver(), Duration.ofMinutes(3))
                .until(ExpectedConditions.attributeToBe(By.id("vm-history-text"), "data-state", "done"));

        WebElement bar = browser.driver().findElement(By.id("vm-history-bar"));
        assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max"));
        assertThat(Long.parseLong(bar.getAttribute("max"))).isGreaterThan(100);
        assertThat(browser.driver().findElement(By.id("vm-history-text")).getText()).startsWith("The last import is done");
        String items = browser.driver().findElement(By.id("vm-history-items")).getText();
        assertThat(items).matches("[\\d,]+ of [\\d,]+");
        assertThat(browser.driver().findElement(By.id("vm-history-events")).getText())
                .as("the demo's content created before its year, which the demo stored no event for").isNotEqualTo("0");
        assertThat(browser.driver().findElement(By.id("vm-history-rate")).getText()).endsWith("items per second");
        assertThat(browser.driver().findElement(By.id("vm-history-cancel")).isEnabled()).isFalse();
        browser.assertAccessible("history page after an import, 1440 px");
        browser.tallScreenshot("history-page", 1200);

        browser.open(PAGE);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("vm-history-text"),
                "The last import is done"));
    }

    @Test
    void atPhoneWidth_shouldFitWithoutSidewaysScrolling() {
        browser.loggedIn("admin", 390);
        try {
            browser.open(PAGE);

            Number overflow = (Number) browser.js(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Object wide = browser.js("var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                    + " if (r.right > w + 1) { out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); } });"
                    + "return out.slice(0, 12).join('; ');");
            assertThat(overflow.intValue()).as("pixels the page is wider than the phone: " + wide).isLessThanOrEqualTo(0);
            assertThat(browser.driver().findElement(By.id("vm-history-start")).isDisplayed()).isTrue();
            browser.assertAccessible("history page, 390 px");
            browser.tallScreenshot("history-page-phone", 1600);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Test
    void asAnInternalPerson_shouldRefuse_andAnonymouslyShouldAskToLogIn() {
        browser.loggedIn("alice", 1440);
        browser.open(PAGE);

        assertThat(browser.statusOf(PAGE)).isEqualTo(403);
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Only administrators");
        assertThat(browser.driver().findElements(By.id("vm-history-form"))).isEmpty();
        browser.assertAccessible("history page refused");

        browser.driver().manage().deleteAllCookies();
        browser.open(PAGE);
        assertThat(browser.path()).startsWith("/login");
    }


}
