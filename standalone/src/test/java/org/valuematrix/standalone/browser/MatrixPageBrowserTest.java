package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.valuematrix.standalone.support.TestHost;

/**
 * The value matrix page in Chromium at 1440 and 390 px: the organisation's and the viewer's
 * team's matrix, stage and criteria, benefit evidence, every metric's 52-week trend (an SVG with
 * a table beside it), the journey week by week and the team-to-team view for the demo; switching
 * the period and the team; the CSV and JSON downloads; no sideways scrolling on a phone, tables
 * opened; axe-core clean; and a customer sees no team at all.
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
        browser.loggedIn("alice", 1440);
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
        assertWeeklyViews("Organisation", 2);
        String month = browser.driver().findElement(By.id("vm-period-text")).getText();
        browser.assertAccessible("matrix page, month, 1440 px");

        new Select(browser.driver().findElement(By.id("vm-period"))).selectByValue("quarter");
        browser.driver().findElement(By.id("vm-apply")).click();
        browser.waiting().until(ExpectedConditions.urlContains("period=quarter"));
        browser.waitForLoad();

        assertThat(new Select(browser.driver().findElement(By.id("vm-period"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("quarter");
        assertThat(browser.driver().findElement(By.id("vm-period-text")).getText()).isNotEqualTo(month);
        browser.tallScreenshot("matrix-1440", pageHeight());
        String csv = (String) browser.jsAsync("var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('vm-csv').href, {credentials: 'same-origin'})"
                + ".then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + t); }); })");
        assertThat(csv).startsWith("200 text/csv").contains("from,to,team,name,kind,members,stage");
        assertThat(csv.trim().split("\r?\n")).as("status, header and two units").hasSize(4);
    }

    @Test
    void switchingTheTeam_shouldShowThatTeamsMatrixTrendsAndEvidence() {
        browser.loggedIn("admin", 1440);
        browser.open(MATRIX + "?period=quarter");
        List<WebElement> all = browser.driver().findElements(By.cssSelector("section.vm-unit"));
        assertThat(all.size()).as("the organisation and every team").isGreaterThan(3);
        assertThat(browser.driver().findElements(By.cssSelector("#vm-edges table.vm-edge-map tbody tr")))
                .as("one row per team the administrator sees").hasSize(all.size() - 1);
        assertThat(browser.driver().findElements(By.cssSelector("#vm-edges .vm-edge-map td .vm-bridge")))
                .as("the demo's year has new bridges in its last month").isNotEmpty();

        new Select(browser.driver().findElement(By.id("vm-team"))).selectByValue("eng");
        browser.driver().findElement(By.id("vm-apply")).click();
        browser.waiting().until(ExpectedConditions.urlContains("team=eng"));
        browser.waitForLoad();

        assertThat(browser.driver().findElements(By.cssSelector("section.vm-unit"))).extracting(u -> u.getAttribute("id"))
                .containsExactly("vm-unit-organisation", "vm-unit-eng");
        assertThat(new Select(browser.driver().findElement(By.id("vm-team"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("eng");
        assertWeeklyViews("Engineering", all.size());
        assertThat(browser.driver().findElement(By.cssSelector("#vm-trend-participation a.vm-json-link"))
                .getAttribute("href")).contains("/rest/value-matrix/1.0/matrix/trend?", "team=eng", "metric=participation");
        String trend = fetch(browser.driver().findElement(By.cssSelector("#vm-trend-participation a.vm-json-link"))
                .getAttribute("href"));
        assertThat(trend).startsWith("200 application/json").contains("\"metric\":\"participation\"");
        String json = fetch(browser.driver().findElement(By.id("vm-json")).getAttribute("href"));
        assertThat(json).startsWith("200 application/json").contains("\"beforeAfter\"", "\"key\":\"eng\"");
        assertThat(fetch(browser.driver().findElement(By.id("vm-stages-json")).getAttribute("href")))
                .startsWith("200 application/json").contains("\"weeks\"");
        assertThat(fetch(browser.driver().findElement(By.id("vm-edges-json")).getAttribute("href")))
                .startsWith("200 application/json").contains("\"edges\"");
        browser.assertAccessible("matrix page, one team, 1440 px");
    }

    @Test
    void anInvalidPeriod_shouldShowTheDefaultViewAndNameTheParameter() {
        browser.loggedIn("alice", 1440);
        browser.open(MATRIX + "?period=fortnight");

        assertThat(browser.statusOf(MATRIX + "?period=fortnight")).isEqualTo(400);
        assertThat(browser.driver().findElement(By.cssSelector(".aui-message-error")).getText()).contains("period");
        assertThat(browser.driver().findElements(By.cssSelector("section.vm-unit"))).hasSize(2);
    }

    @Test
    void atPhoneWidth_shouldFitWithoutSidewaysScrolling() {
        browser.loggedIn("alice", 390);
        try {
            browser.open(MATRIX);

            Number overflow = (Number) browser.js(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("pixels the page is wider than the phone; too wide: %s", tooWide())
                    .isLessThanOrEqualTo(0);
            assertThat(browser.driver().findElement(By.id("vm-unit-eng")).isDisplayed()).isTrue();
            assertWeeklyViews("Organisation", 2);
            browser.assertAccessible("matrix page, 390 px");
            browser.js("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
            Number opened = (Number) browser.js(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(opened.intValue()).as("pixels the page is wider than the phone, every table open; too wide: %s",
                    tooWide())
                    .isLessThanOrEqualTo(0);
            WebElement teamMap = browser.driver().findElement(By.cssSelector("#vm-edges .vm-scroll"));
            assertThat(teamMap.getSize().getWidth()).as("the team-to-team map's box stays inside the phone")
                    .isLessThanOrEqualTo(390);
            browser.assertAccessible("matrix page, 390 px, tables open");
            browser.tallScreenshot("matrix-390", pageHeight());
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Test
    void asCustomer_shouldRefuseAndNameNoTeam() {
        browser.loggedIn("carla", 1440);
        browser.open(MATRIX);

        assertThat(browser.statusOf(MATRIX)).isEqualTo(403);
        assertThat(browser.statusOf(MATRIX + "?period=fortnight")).as("refused before the parameters are read").isEqualTo(403);
        String text = browser.driver().findElement(By.id("main")).getText();
        assertThat(text).contains("Value Matrix").doesNotContain("Engineering", "Acme", "Globex", "Organisation");
        assertThat(browser.driver().findElements(By.cssSelector("section.vm-unit"))).isEmpty();
        browser.assertAccessible("matrix page refused to a customer");
    }

    /**
     * Trends of {@code focus}: eight charts, each an SVG image named by its caption and summary,
     * with the 52 weekly values in a table; the journey of {@code units} units, a strip of 52
     * weeks each, with a legend and a table; the team-to-team view; evidence in every unit.
     */
    private static void assertWeeklyViews(String focus, int units) {
        assertThat(browser.driver().findElement(By.id("vm-trends-title")).getText()).contains(focus, "52 weeks");
        List<WebElement> charts = browser.driver().findElements(By.cssSelector("#vm-trends figure.vm-trend"));
        assertThat(charts).hasSize(8);
        for (WebElement chart : charts) {
            WebElement svg = chart.findElement(By.cssSelector("svg.vm-trend-chart"));
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            for (String id : svg.getAttribute("aria-labelledby").split(" ")) {
                assertThat(browser.driver().findElement(By.id(id)).getText()).as(id).isNotBlank();
            }
            assertThat(chart.findElements(By.cssSelector("details table.vm-trend-table tbody tr")))
                    .as("the table beside %s", chart.getAttribute("id")).hasSize(52);
        }
        assertThat(browser.driver().findElements(By.cssSelector("#vm-trend-participation svg path.vm-trend-line, "
                + "#vm-trend-participation svg circle.vm-trend-dot"))).as("the demo's participation is drawn").isNotEmpty();
        List<WebElement> strips = browser.driver().findElements(By.cssSelector("#vm-journey .vm-journey-row svg"));
        assertThat(strips).hasSize(units);
        for (WebElement strip : strips) {
            assertThat(strip.findElements(By.cssSelector("rect"))).hasSize(52);
            assertThat(strip.getAttribute("aria-label")).containsPattern("stage [0-3] in the latest week");
        }
        assertThat(browser.driver().findElements(By.cssSelector("#vm-journey .vm-legend li"))).hasSize(4);
        assertThat(browser.driver().findElements(By.cssSelector("#vm-journey table.vm-journey-table tbody tr"))).hasSize(52);
        assertThat(browser.driver().findElements(By.cssSelector("#vm-edges table.vm-edge-map"))).hasSize(1);
        for (WebElement unit : browser.driver().findElements(By.cssSelector("section.vm-unit"))) {
            assertThat(unit.findElements(By.cssSelector(".vm-evidence table.vm-evidence-table tbody tr"))).hasSize(2);
        }
    }

    /** The innermost elements that reach past the phone's right edge, to name in a failure. */
    /**
     * The outermost elements that reach past the screen's right edge outside any scrolling
     * region (an absolutely placed one escapes its region unless the region is positioned).
     */
    private static Object tooWide() {
        return browser.js("var w = document.documentElement.clientWidth, out = [];"
                + "function clipped(e) { var abs = getComputedStyle(e).position === 'absolute';"
                + " for (var p = e.parentElement; p; p = p.parentElement) { var st = getComputedStyle(p);"
                + "  if (st.overflowX !== 'visible' && (!abs || st.position !== 'static')) { return true; }"
                + "  if (abs && st.position !== 'static') { abs = false; } } return false; }"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + " var r = e.getBoundingClientRect();"
                + " if (r.right > w + 1 && !clipped(e) && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1)) {"
                + "  out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
                + "return out.slice(0, 10).join('; ');");
    }

    /** The whole page's height, for a screenshot of all of it. */
    private static int pageHeight() {
        return Math.min(16000, ((Number) browser.js("return document.documentElement.scrollHeight;")).intValue() + 120);
    }

    private static String fetch(String url) {
        return (String) browser.jsAsync("fetch(arguments[0], {credentials: 'same-origin'})"
                + ".then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + t); }); })",
                url);
    }


}
