package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * The value matrix page in Chromium at 1440 and 390 px: the organisation's and the viewer's
 * team's matrix, stage and criteria for the demo; switching the period; the CSV download; no
 * sideways scrolling on a phone; axe-core clean; and a customer sees no team at all.
 */
class MatrixPageBrowserTest {
    private static final String MATRIX = "/plugins/servlet/value-matrix";
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

    @Test
    void atDesktopWidth_shouldShowTheOrganisationAndTheViewersTeam_andSwitchPeriods() {
        loggedIn("alice", 1440);
        browser.open(MATRIX);

        assertThat(browser.driver().getTitle()).startsWith("Value Matrix");
        List<WebElement> units = browser.driver().findElements(By.cssSelector("section.vm-unit"));
        assertThat(units).extracting(u -> u.getAttribute("id")).containsExactly("vm-unit-organisation", "vm-unit-eng");
        for (WebElement u : units) {
            assertThat(u.findElements(By.cssSelector("table.vm-matrix td.vm-cell"))).hasSize(6);
            assertThat(u.findElements(By.cssSelector("table.vm-matrix td.vm-diagonal"))).hasSize(3);
            assertThat(u.findElement(By.cssSelector(".vm-stage")).getText()).containsPattern("(?i)stage [0-3]");
            assertThat(u.findElements(By.cssSelector("table.vm-metrics tr"))).hasSize(8);
        }
        assertThat(browser.driver().findElements(By.cssSelector(".vm-criteria progress"))).isNotEmpty();
        String month = browser.driver().findElement(By.id("vm-period-text")).getText();
        assertAccessible("matrix page, month, 1440 px");
        browser.tallScreenshot("matrix-page", 1600);

        new Select(browser.driver().findElement(By.id("vm-period"))).selectByValue("quarter");
        browser.driver().findElement(By.id("vm-apply")).click();
        browser.waiting().until(ExpectedConditions.urlContains("period=quarter"));
        browser.waitForLoad();

        assertThat(new Select(browser.driver().findElement(By.id("vm-period"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("quarter");
        assertThat(browser.driver().findElement(By.id("vm-period-text")).getText()).isNotEqualTo(month);
        String csv = (String) browser.jsAsync("var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('vm-csv').href, {credentials: 'same-origin'})"
                + ".then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + t); }); })");
        assertThat(csv).startsWith("200 text/csv").contains("from,to,team,name,kind,members,stage");
        assertThat(csv.trim().split("\r?\n")).as("status, header and two units").hasSize(4);
    }

    @Test
    void anInvalidPeriod_shouldShowTheDefaultViewAndNameTheParameter() {
        loggedIn("alice", 1440);
        browser.open(MATRIX + "?period=fortnight");

        assertThat(browser.statusOf(MATRIX + "?period=fortnight")).isEqualTo(400);
        assertThat(browser.driver().findElement(By.cssSelector(".aui-message-error")).getText()).contains("period");
        assertThat(browser.driver().findElements(By.cssSelector("section.vm-unit"))).hasSize(2);
    }

    @Test
    void atPhoneWidth_shouldFitWithoutSidewaysScrolling() {
        loggedIn("alice", 390);
        try {
            browser.open(MATRIX);

            Number overflow = (Number) browser.js(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("pixels the page is wider than the phone").isLessThanOrEqualTo(0);
            assertThat(browser.driver().findElement(By.id("vm-unit-eng")).isDisplayed()).isTrue();
            assertAccessible("matrix page, 390 px");
            browser.tallScreenshot("matrix-page-phone", 1600);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Test
    void asCustomer_shouldRefuseAndNameNoTeam() {
        loggedIn("carla", 1440);
        browser.open(MATRIX);

        assertThat(browser.statusOf(MATRIX)).isEqualTo(403);
        assertThat(browser.statusOf(MATRIX + "?period=fortnight")).as("refused before the parameters are read").isEqualTo(403);
        String text = browser.driver().findElement(By.id("main")).getText();
        assertThat(text).contains("Value Matrix").doesNotContain("Engineering", "Acme", "Globex", "Organisation");
        assertThat(browser.driver().findElements(By.cssSelector("section.vm-unit"))).isEmpty();
        assertAccessible("matrix page refused to a customer");
    }

    private static void loggedIn(String user, int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        browser.driver().manage().deleteAllCookies();
        browser.logIn(user, Api.PASSWORD);
    }

    private static void assertAccessible(String page) {
        List<Axe.Violation> violations = Axe.run(browser);
        String report = violations.isEmpty() ? "none"
                : violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
        System.out.println("axe on " + page + " (" + browser.path() + "): " + report);
        assertThat(violations.stream().filter(Axe.Violation::blocking).toList()).as(report).isEmpty();
    }
}
