package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * The administration area's Get started, Teams and Spaces and projects pages in Chromium at 1440 and 390 px, on a host
 * of their own (an admin defines a team): the navigation between the pages, the checklist with its
 * links, a team made with the group picker and its member count, the warning it earns, the
 * home-team order, a delete; containers filtered, a suggestion accepted, a bulk assignment;
 * axe-core clean; others refused.
 */
class AdminAreaBrowserTest {
    private static final String AREA = "/plugins/servlet/value-matrix/admin";
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    private static final String SETUP = "/rest/value-matrix/1.0/admin/setup";
    private static final String IMPORT = "/rest/value-matrix/1.0/admin/history-import";
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
    void getStarted_shouldListEveryStepWithItsPage_andNavigateTheArea() {
        browser.loggedIn("admin", 1440);
        browser.open(AREA);

        assertThat(browser.driver().getTitle()).startsWith("Get started");
        List<WebElement> steps = browser.driver().findElements(By.cssSelector(".vm-step"));
        assertThat(steps.stream().map(s -> s.getAttribute("data-step")).collect(Collectors.toList()))
                .containsExactly("teams", "containers", "history", "matrix");
        WebElement teams = browser.driver().findElement(By.cssSelector(".vm-step[data-step=teams]"));
        assertThat(teams.getAttribute("data-done")).isEqualTo("true");
        assertThat(teams.getText()).contains("16 teams defined");
        assertThat(browser.driver().findElement(By.cssSelector(".vm-step[data-step=history] a")).getAttribute("href"))
                .endsWith(AREA + "/history");
        assertThat(browser.driver().findElement(By.cssSelector(".vm-admin-nav [aria-current=page]")).getText())
                .isEqualTo("Get started");
        browser.assertAccessible("get started, 1440 px");
        browser.screenshot("admin-get-started");

        teams.findElement(By.tagName("a")).click();
        browser.waitForLoad();
        assertThat(browser.path()).endsWith(AREA + "/teams");
        assertThat(browser.driver().findElement(By.cssSelector(".vm-admin-nav [aria-current=page]")).getText())
                .isEqualTo("Teams");
        browser.driver().findElement(By.cssSelector(".vm-admin-nav a[data-nav=privacy]")).click();
        browser.waitForLoad();
        assertThat(browser.driver().findElement(By.id("vm-settings")).isDisplayed()).isTrue();
    }

    @Test
    void activityAndMatrixPages_whileAStepIsOpen_shouldShowAdminsTheCompactChecklistOnly() throws InterruptedException {
        Api.Reply unmapped = host.api().put("/rest/value-matrix/1.0/admin/containers", "admin", "application/json",
                "{\"owners\":{\"MKT\":null}}");
        assertThat(unmapped.status()).as(unmapped.body()).isEqualTo(200);
        try {
            browser.loggedIn("admin", 1440);
            for (String page : List.of("/plugins/servlet/value-matrix/activity", "/plugins/servlet/value-matrix")) {
                WebElement notice = noticeOnceItSays(page, "step").get(0);
                assertThat(notice.getText()).contains("step");
                assertThat(notice.findElement(By.tagName("a")).getAttribute("href")).endsWith(AREA);
                browser.assertAccessible(page + " with the setup notice");
            }
            browser.loggedIn("alice", 1440);
            browser.open("/plugins/servlet/value-matrix/activity");
            assertThat(browser.driver().findElements(By.cssSelector(".vm-setup-notice"))).isEmpty();
        } finally {
            host.api().put("/rest/value-matrix/1.0/containers/MKT/owner", "admin", "application/json",
                "{\"team\":\"marketing\"}");
        }
    }

    @Test
    void historyStep_shouldStayOpenOnTheChecklistAndInTheNotice_untilAnImportFinishes() throws InterruptedException {
        JsonNode before = host.api().get(SETUP, "admin").json();
        assertThat(historyStep(before).get("done").asBoolean()).isFalse();
        int open = before.get("open").asInt();
        assertThat(open).as("the history step is counted").isPositive();
        browser.loggedIn("admin", 1440);
        browser.open(AREA);
        WebElement step = browser.driver().findElement(By.cssSelector(".vm-step[data-step=history]"));
        assertThat(step.getAttribute("data-done")).isEqualTo("false");
        assertThat(step.findElement(By.cssSelector(".vm-step-mark")).getText()).isEqualToIgnoringCase("To do");
        assertThat(step.findElement(By.cssSelector(".vm-step-status")).getText()).isEqualTo("Not imported yet.");
        List<WebElement> notice = noticeOnceItSays(ACTIVITY, openSteps(open));
        assertThat(notice).hasSize(1);
        assertThat(notice.get(0).getText()).contains(openSteps(open));

        Api.Reply started = host.api().post(IMPORT, "admin", "application/json", "{\"pauseMillis\":0}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode imported = awaitImportDone();
        JsonNode after = host.api().get(SETUP, "admin").json();
        assertThat(historyStep(after).get("done").asBoolean()).isTrue();
        int openAfter = after.get("open").asInt();

        browser.open(AREA);
        step = browser.driver().findElement(By.cssSelector(".vm-step[data-step=history]"));
        assertThat(step.getAttribute("data-done")).isEqualTo("true");
        assertThat(step.findElement(By.cssSelector(".vm-step-mark")).getText()).isEqualToIgnoringCase("Done");
        assertThat(step.findElement(By.cssSelector(".vm-step-status")).getText())
                .isEqualTo("History imported: " + imported.get("items").asLong() + " items read.");
        browser.assertAccessible("get started with the history imported, 1440 px");
        notice = noticeOnceItSays(ACTIVITY, openAfter == 0 ? null : openSteps(openAfter));
        if (openAfter == 0) {
            assertThat(notice).as("no step is open any more").isEmpty();
        } else {
            assertThat(notice.get(0).getText()).contains(openSteps(openAfter));
        }
    }

    @Test
    void teams_anAdminDefinesATeamWithTheGroupPicker_reordersAndDeletesIt() {
        browser.loggedIn("admin", 1440);
        browser.open(AREA + "/teams");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vm-teams tr[data-team=eng]")));
        browser.assertAccessible("teams, 1440 px");

        browser.driver().findElement(By.id("vm-team-key")).sendKeys("globex-plus");
        browser.driver().findElement(By.id("vm-team-name")).sendKeys("Globex and helpers");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("vm-team-kind")))
                .selectByValue("customer");
        WebElement search = browser.driver().findElement(By.id("vm-group-search"));
        search.sendKeys("globe");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#vm-group-results li[data-group=customer-globex]")));
        assertThat(search.getAttribute("aria-expanded")).isEqualTo("true");
        browser.assertAccessible("teams with the group picker open, 1440 px");
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        search.sendKeys("suppo");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#vm-group-results li[data-group=support]")));
        browser.driver().findElement(By.cssSelector("#vm-group-results li[data-group=support]")).click();
        assertThat(browser.driver().findElement(By.id("vm-team-groups")).getText())
                .contains("customer-globex", "support");
        assertThat(browser.driver().findElement(By.id("vm-team-preview")).getText()).containsPattern("up to \\d+");
        browser.tallScreenshot("admin-teams-picker", 1800);
        browser.driver().findElement(By.id("vm-team-save")).click();

        By row = By.cssSelector("#vm-teams tr[data-team=globex-plus]");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.driver().findElement(row).findElement(By.cssSelector(".vm-members")).getText())
                .matches("[1-9][0-9]*");
        assertThat(browser.driver().findElement(By.id("vm-team-warnings")).getText())
                .contains("support", "Globex and helpers");
        browser.assertAccessible("teams with a warning, 1440 px");

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#vm-teams tr[data-team]"));
        assertThat(rows.get(rows.size() - 1).getAttribute("data-team")).isEqualTo("globex-plus");
        browser.driver().findElement(row).findElement(By.cssSelector(".vm-up")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("vm-teams-status"), "order"));
        rows = browser.driver().findElements(By.cssSelector("#vm-teams tr[data-team]"));
        assertThat(rows.get(rows.size() - 2).getAttribute("data-team")).isEqualTo("globex-plus");

        browser.driver().findElement(row).findElement(By.cssSelector(".vm-delete")).click();
        browser.driver().switchTo().alert().accept();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(row));
        assertThat(browser.driver().findElement(By.id("vm-team-warnings")).getText()).doesNotContain("Globex and helpers");
    }

    @Test
    void containers_anAdminFiltersAcceptsASuggestionAndAssignsInBulk() {
        browser.loggedIn("admin", 1440);
        host.api().post("/rest/value-matrix/1.0/events", "admin", "application/json", Api.json(List.of(
                org.valuematrix.standalone.support.Events.event("browser-sup", java.time.Instant.now().toString(),
                        new org.valuematrix.standalone.support.DemoUsers(host.api()).key("bob"), "created", "SUP",
                        "confluence", null, "Shift notes"))));
        host.api().put("/rest/value-matrix/1.0/admin/containers", "admin", "application/json",
                "{\"owners\":{\"SUP\":null}}");
        browser.open(AREA + "/containers");
        By sup = By.cssSelector("#vm-containers tr[data-container=SUP]");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(sup));
        assertThat(browser.driver().findElement(By.id("vm-unmapped")).getText()).matches(".*: [1-9][0-9]*");
        browser.assertAccessible("containers, 1440 px");
        browser.tallScreenshot("admin-containers", 1800);

        browser.driver().findElement(By.cssSelector("label[for=vm-only-unmapped]")).click();
        List<WebElement> shown = browser.driver().findElements(By.cssSelector("#vm-containers tr[data-container]"))
                .stream().filter(WebElement::isDisplayed).collect(Collectors.toList());
        assertThat(shown).extracting(r -> r.getAttribute("data-container")).contains("SUP");
        assertThat(browser.driver().findElement(sup).findElement(By.cssSelector(".vm-suggestion")).getText())
                .contains("Customer Support").contains("were active here");
        assertThat(browser.driver().findElement(sup).findElement(By.cssSelector(".vm-suggestion-reason"))
                .getAttribute("data-reason")).isEqualTo("activity");
        browser.driver().findElement(sup).findElement(By.cssSelector(".vm-accept")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("vm-containers-status"), "1"));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver().findElement(sup)
                .findElement(By.cssSelector(".vm-owner"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("support");

        browser.driver().findElement(By.cssSelector("label[for=vm-only-unmapped]")).click();
        WebElement filter = browser.driver().findElement(By.id("vm-container-filter"));
        filter.sendKeys("Knowledge");
        browser.driver().findElement(By.id("vm-select-all")).click();
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("vm-bulk-team")))
                .selectByValue("eng");
        browser.driver().findElement(By.id("vm-bulk-assign")).click();
        By kb = By.cssSelector("#vm-containers tr[data-container=KB] .vm-owner");
        // The table is drawn again when the answer arrives: a row found just before is then stale.
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "eng".equals(d.findElement(kb).getAttribute("value")));
        assertThat(host.api().get("/rest/value-matrix/1.0/containers", "admin").body()).contains("\"KB\"");
        assertThat(browser.driver().findElement(By.cssSelector("#vm-containers tr[data-container=ENG] .vm-owner"))
                .getAttribute("value")).isEqualTo("eng");
        browser.assertAccessible("containers after assigning, 1440 px");
    }

    @Test
    void health_shouldShowTheQueueJobsDaysAndTables() {
        browser.loggedIn("admin", 1440);
        browser.open(AREA + "/health");

        assertThat(browser.driver().findElement(By.id("vm-capture")).getText()).contains("Dropped because the queue was full: 0");
        assertThat(browser.driver().findElements(By.cssSelector("#vm-jobs tr[data-job]"))).hasSize(3);
        assertThat(browser.driver().findElements(By.cssSelector("#vm-days tbody tr"))).hasSize(14);
        assertThat(browser.driver().findElement(By.cssSelector("#vm-tables tr[data-table=EVENT] td")).getText())
                .matches("[1-9][0-9]*");
        browser.assertAccessible("health, 1440 px");
        browser.tallScreenshot("admin-health", 1600);
    }

    @Test
    void teams_withoutAGroup_shouldNameTheFieldAndSaveNothing() {
        browser.loggedIn("admin", 1440);
        browser.open(AREA + "/teams");
        browser.driver().findElement(By.id("vm-team-key")).sendKeys("empty");
        browser.driver().findElement(By.id("vm-team-name")).sendKeys("No groups");
        browser.driver().findElement(By.id("vm-team-save")).click();

        WebElement error = browser.driver().findElement(By.id("vm-e-groups"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElement(error, "group"));
        assertThat(browser.driver().findElement(By.id("vm-group-search")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElements(By.cssSelector("#vm-teams tr[data-team=empty]"))).isEmpty();
    }

    @Test
    void atPhoneWidth_everyPageShouldFitWithoutSidewaysScrolling() {
        browser.loggedIn("admin", 390);
        try {
            for (String page : List.of("", "/teams", "/containers", "/privacy", "/health")) {
                browser.open(AREA + page);
                if ("/teams".equals(page)) {
                    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vm-teams tr")));
                }
                if ("/containers".equals(page)) {
                    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#vm-containers tr[data-container]")));
                }
                Number overflow = (Number) browser.js(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow.intValue()).as("pixels %s is wider than the phone", page).isLessThanOrEqualTo(0);
                browser.assertAccessible("admin" + page + ", 390 px");
            }
            browser.open(AREA + "/teams");
            browser.tallScreenshot("admin-teams-phone", 2400);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Test
    void asAnInternalPerson_everyPageShouldRefuse() {
        browser.loggedIn("alice", 1440);
        for (String page : List.of("", "/teams", "/containers", "/privacy", "/health")) {
            assertThat(browser.statusOf(AREA + page)).as(page).isEqualTo(403);
        }
        browser.open(AREA + "/teams");
        assertThat(browser.driver().findElements(By.id("vm-team-form"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".vm-admin-nav"))).isEmpty();
        browser.assertAccessible("teams refused");
    }

    /** The notice reads the checklist at most every 10 s per node, so a change shows within that. */
    private static List<WebElement> noticeOnceItSays(String page, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 25_000;
        while (true) {
            browser.open(page);
            List<WebElement> notices = browser.driver().findElements(By.cssSelector(".vm-setup-notice"));
            boolean says = text == null ? notices.isEmpty()
                    : notices.size() == 1 && notices.get(0).getText().contains(text);
            if (says || System.currentTimeMillis() > deadline) {
                return notices;
            }
            Thread.sleep(1_000);
        }
    }

    private static String openSteps(int open) {
        return open == 1 ? "one step is open" : open + " steps are open";
    }

    private static JsonNode historyStep(JsonNode setup) {
        for (JsonNode s : setup.get("steps")) {
            if ("history".equals(s.get("id").asText())) {
                return s;
            }
        }
        throw new AssertionError("no history step in " + setup);
    }

    private static JsonNode awaitImportDone() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode status = host.api().get(IMPORT, "admin").json();
            if ("done".equals(status.get("state").asText())) {
                return status;
            }
            assertThat(status.get("state").asText()).as(status.toString()).isIn("queued", "running");
            assertThat(System.currentTimeMillis()).as("the import finishes").isLessThan(deadline);
            Thread.sleep(200);
        }
    }


}
