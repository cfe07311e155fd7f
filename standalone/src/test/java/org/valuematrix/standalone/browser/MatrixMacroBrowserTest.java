package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * The Value Matrix macro inside pages, in Chromium at 1440 and 390 px: the team's matrix, stage,
 * criteria and metrics with the numbers of {@code GET /matrix}, and a link to the page on the
 * same view; axe-core clean; a customer sees a notice and no number; a wrong parameter, or a team
 * the viewer may not see, shows the macro's error box.
 */
class MatrixMacroBrowserTest {
    private static final String MACRO = "#main-content .conf-macro[data-macro-name=value-matrix]";
    private static Chromium browser;
    private static Api api;
    private static String fullPage;
    private static String customerPage;
    private static String badPage;

    @BeforeAll
    static void start() {
        TestHost host = TestHost.shared();
        api = host.api();
        fullPage = page("ENG", "Engineering's journey", "Where we stand this month.\n\n{value-matrix:team=eng|mode=full}");
        badPage = page("ENG", "A broken matrix", "{value-matrix:period=fortnight|mode=wide}\n\n{value-matrix:team=support}"
                + "\n\n{value-matrix:team=no-such-team}");
        customerPage = page("ACME", "Our journey with Acme", "{value-matrix}\n\n{value-matrix:team=support|mode=full}");
        browser = Chromium.start(host.host().baseUrl());
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String page(String space, String title, String body) {
        Api.Reply r = api.post("/rest/standalone/1.0/containers/" + space + "/content", "admin", "application/json",
                Api.json(Map.of("title", title, "body", body)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("url").asText();
    }

    @Test
    void atDesktopWidth_fullMacro_shouldShowTheTeamsMatrixAsTheRestApiCountsIt_andOpenThePage() {
        browser.loggedIn("alice", 1440);
        browser.open(fullPage);

        WebElement macro = browser.driver().findElement(By.cssSelector(MACRO + " section.vm-embed.vm-embed-full"));
        assertThat(macro.findElement(By.cssSelector(".vm-embed-title")).getText()).startsWith("Engineering");
        assertThat(macro.findElement(By.cssSelector(".vm-stage")).getText()).containsPattern("(?i)stage [0-3]");
        assertThat(macro.findElements(By.cssSelector("td.vm-diagonal"))).hasSize(3);
        assertThat(macro.findElement(By.cssSelector("td.vm-diagonal")).getCssValue("outline-color"))
                .as("the page's styles mark the journey's diagonal").isEqualTo("rgba(255, 153, 31, 1)");
        assertThat(cells(macro)).isEqualTo(restCells("alice", "eng", "month"));
        assertThat(macro.findElements(By.cssSelector(".vm-criteria progress, .vm-embed-full h3"))).isNotEmpty();
        assertThat(macro.findElements(By.cssSelector("table.vm-metrics tr"))).hasSize(8);
        browser.assertAccessible("value-matrix macro, full, 1440 px");
        browser.tallScreenshot("matrix-macro", 1400);

        macro.findElement(By.cssSelector(".vm-embed-link a")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/plugins/servlet/value-matrix?period=month&team=eng"));
        browser.waitForLoad();
        assertThat(browser.driver().findElements(By.cssSelector("section.vm-unit")))
                .extracting(u -> u.getAttribute("id")).containsExactly("vm-unit-organisation", "vm-unit-eng");
    }

    @Test
    void atPhoneWidth_teamSpaceHome_shouldShowTheCompactMatrixWithoutSidewaysScrolling() {
        browser.loggedIn("alice", 390);
        try {
            // The demo's team space homes carry {value-matrix:team=<owner>} above the activity.
            browser.open("/display/ENG");

            WebElement macro = browser.driver().findElement(By.cssSelector(MACRO + " section.vm-embed.vm-embed-compact"));
            assertThat(macro.isDisplayed()).isTrue();
            assertThat(macro.findElements(By.cssSelector("td.vm-cell"))).hasSize(6);
            assertThat(macro.findElements(By.cssSelector("table.vm-metrics, .vm-criteria"))).isEmpty();
            Number overflow = (Number) browser.js(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("pixels the page is wider than the phone").isLessThanOrEqualTo(0);
            browser.assertAccessible("value-matrix macro, compact, 390 px");
            browser.tallScreenshot("matrix-macro-phone", 1400);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Test
    void asCustomer_shouldShowANoticeInEachMacroAndNoNumber() {
        browser.loggedIn("carla", 1440);
        browser.open(customerPage);

        List<WebElement> macros = browser.driver().findElements(By.cssSelector(MACRO));
        assertThat(macros).hasSize(2);
        for (WebElement macro : macros) {
            assertThat(macro.findElements(By.cssSelector(".vm-embed-notice[role=status]"))).hasSize(1);
            assertThat(macro.findElements(By.cssSelector("table, .vm-macro-error"))).isEmpty();
            assertThat(macro.getText()).doesNotContainPattern("[0-9]").doesNotContain("Support", "Organisation");
        }
        browser.assertAccessible("value-matrix macro refused to a customer");
    }

    @Test
    void badParameters_andATeamTheViewerMayNotSee_shouldShowTheMacrosErrorBox() {
        browser.loggedIn("alice", 1440);
        browser.open(badPage);

        List<WebElement> macros = browser.driver().findElements(By.cssSelector(MACRO));
        assertThat(macros).hasSize(3);
        assertThat(macros).allSatisfy(m -> assertThat(m.findElements(By.cssSelector("table"))).isEmpty());
        assertThat(problems(macros.get(0))).containsExactly("period: must be week, month or quarter",
                "mode: must be compact or full");
        assertThat(problems(macros.get(1))).as("Support's matrix, which alice may not see")
                .containsExactly("team: no such team");
        assertThat(macros.get(2).getAttribute("innerHTML")).as("as a team that does not exist")
                .isEqualTo(macros.get(1).getAttribute("innerHTML"));
        browser.assertAccessible("value-matrix macro with bad parameters");
    }

    private static List<String> problems(WebElement macro) {
        return macro.findElements(By.cssSelector(".vm-macro-error[role=alert] li")).stream().map(WebElement::getText)
                .collect(Collectors.toList());
    }

    /** The interactions of each cell, row by row as the table shows them. */
    private static List<String> cells(WebElement macro) {
        return macro.findElements(By.cssSelector("td.vm-cell .vm-cell-interactions")).stream().map(WebElement::getText)
                .collect(Collectors.toList());
    }

    private static List<String> restCells(String user, String team, String period) {
        Api.Reply r = api.get("/rest/value-matrix/1.0/matrix?team=" + team + "&period=" + period, user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode unit = r.json().get("teams").get(0);
        List<String> out = new ArrayList<>();
        for (String novelty : List.of("new", "existing")) {
            for (String scope : List.of("within", "across", "external")) {
                for (JsonNode c : unit.get("cells")) {
                    if (c.get("scope").asText().equals(scope) && c.get("novelty").asText().equals(novelty)) {
                        out.add(String.format(java.util.Locale.ROOT, "%,d", c.get("interactions").asLong()));
                    }
                }
            }
        }
        return out;
    }


}
