package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * The administrators' settings page in Chromium at 1440 and 390 px, on a host of its own (it saves
 * settings and rebuilds): every threshold explained, a save, a bad value named next to its field,
 * a rebuild followed to its end; axe-core clean; others refused, anonymous callers sent to log in.
 */
class AdminPageBrowserTest {
    private static final String ADMIN = "/plugins/servlet/value-matrix/admin/privacy";
    private static TestHost host;
    private static Chromium browser;

    @BeforeAll
    static void start() {
        host = TestHost.start(TestHost.DEMO_EVENTS);
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
    void atDesktopWidth_shouldExplainSaveRefuseABadValueAndRebuild() {
        browser.loggedIn("admin", 1440);
        browser.open(ADMIN);

        assertThat(browser.driver().getTitle()).startsWith("Measurement and privacy - Value Matrix administration");
        assertThat(browser.driver().findElement(By.id("vm-d-eiIndex")).getText())
                .startsWith("A team reaches stage 2 when its E-I index is at least -0.6");
        assertThat(browser.driver().findElement(By.id("vm-d-participation")).getText()).contains("30%");
        for (String field : List.of("participation", "withinInteractionsPerActiveMemberPerWeek", "eiIndex",
                "crossTeamReach", "newCrossSiloTiesPerMember", "externalShare", "baselineWindowDays", "timeZone",
                "minimumTeamSize", "viewerGroup", "firstDayOfWeek")) {
            assertThat(browser.driver().findElement(By.id("vm-d-" + field)).getText()).as(field).isNotBlank();
        }
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-team]"))).isNotEmpty();
        browser.assertAccessible("admin page, 1440 px");
        browser.tallScreenshot("admin-page", 2400);

        type("participation", "lots");
        browser.driver().findElement(By.id("vm-save")).click();
        WebElement error = browser.driver().findElement(By.id("vm-e-participation"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElement(error, " "));
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("vm-f-participation")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("vm-save-status")).getText()).contains("Nothing was saved");

        type("participation", "0.3");
        type("eiIndex", "-0.5");
        browser.driver().findElement(By.id("vm-save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("vm-save-status"), "saved"));
        assertThat(error.getText()).isEmpty();
        browser.open(ADMIN);
        assertThat(browser.driver().findElement(By.id("vm-f-eiIndex")).getAttribute("value")).isEqualTo("-0.5");
        assertThat(browser.driver().findElement(By.id("vm-d-eiIndex")).getText()).contains("at least -0.5");

        browser.driver().findElement(By.id("vm-rebuild-start")).click();
        // A rebuild of the demo takes seconds to minutes on a busy machine; the page polls meanwhile.
        new WebDriverWait(browser.driver(), Duration.ofMinutes(3))
                .until(ExpectedConditions.attributeToBe(By.id("vm-rebuild-text"), "data-state", "done"));
        WebElement bar = browser.driver().findElement(By.id("vm-rebuild-bar"));
        assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max"));
        assertThat(browser.driver().findElement(By.id("vm-rebuild-text")).getText()).contains("done");
        browser.open(ADMIN);
        assertThat(browser.driver().findElement(By.id("vm-audit")).getText()).contains("Saved the settings",
                "Requested a rebuild");
        browser.assertAccessible("admin page after a rebuild, 1440 px");
    }

    @Test
    void excludedPeople_shouldBeListed_andMeasuredAgainWithOneButton() {
        org.valuematrix.standalone.support.Api api = host.api();
        String priya = new org.valuematrix.standalone.support.DemoUsers(api).key("priya");
        assertThat(api.post("/rest/value-matrix/1.0/admin/exclusions", "admin", "application/json",
                "{\"userKey\":\"" + priya + "\"}").status()).isEqualTo(201);
        browser.loggedIn("admin", 1440);
        browser.open(ADMIN);

        By row = By.cssSelector("#vm-excluded li[data-person='" + priya + "']");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.driver().findElement(row).getText()).contains("Priya Raman", "excluded on");
        browser.assertAccessible("privacy with an excluded person, 1440 px");
        browser.driver().findElement(row).findElement(By.cssSelector(".vm-include")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("vm-exclusions-status"),
                "measured again"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(row));
        assertThat(api.get("/rest/value-matrix/1.0/admin/exclusions", "admin").body()).doesNotContain(priya);
    }

    @Test
    void personPicker_shouldFindAPersonByName_andExcludeTheOneChosenWithTheKeyboard() {
        org.valuematrix.standalone.support.Api api = host.api();
        String sam = new org.valuematrix.standalone.support.DemoUsers(api).key("sam");
        browser.loggedIn("admin", 1440);
        browser.open(ADMIN);

        WebElement search = browser.driver().findElement(By.id("vm-person-search"));
        search.sendKeys("Okoro");
        By option = By.cssSelector("#vm-person-results li[data-person='" + sam + "']");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(option));
        assertThat(browser.driver().findElement(option).getText()).contains("Sam Okoro");
        assertThat(search.getAttribute("aria-expanded")).isEqualTo("true");
        browser.assertAccessible("privacy with the person picker open, 1440 px");
        search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);

        By row = By.cssSelector("#vm-excluded li[data-person='" + sam + "']");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.driver().findElement(By.id("vm-exclusions-status")).getText()).contains("Sam Okoro");
        assertThat(api.get("/rest/value-matrix/1.0/admin/exclusions", "admin").body()).contains(sam);
        browser.driver().findElement(row).findElement(By.cssSelector(".vm-include")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(row));
    }

    @Test
    void atPhoneWidth_shouldFitWithoutSidewaysScrolling() {
        browser.loggedIn("admin", 390);
        try {
            browser.open(ADMIN);

            Number overflow = (Number) browser.js(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Object wide = browser.js("var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                    + " if (r.right > w + 1) { out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); } });"
                    + "return out.slice(0, 12).join('; ');");
            assertThat(overflow.intValue()).as("pixels the page is wider than the phone: " + wide).isLessThanOrEqualTo(0);
            browser.assertAccessible("admin page, 390 px");
            browser.tallScreenshot("admin-page-phone", 2400);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Test
    void asAnInternalPerson_shouldRefuse_andAnonymouslyShouldAskToLogIn() {
        browser.loggedIn("alice", 1440);
        browser.open(ADMIN);

        assertThat(browser.statusOf(ADMIN)).isEqualTo(403);
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Only administrators");
        assertThat(browser.driver().findElements(By.id("vm-settings"))).isEmpty();
        browser.assertAccessible("admin page refused");

        browser.driver().manage().deleteAllCookies();
        browser.open(ADMIN);
        assertThat(browser.path()).startsWith("/login");
    }

    private static void type(String field, String value) {
        WebElement input = browser.driver().findElement(By.id("vm-f-" + field));
        input.clear();
        input.sendKeys(value);
    }


}
