package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.valuematrix.standalone.support.TestHost;

/**
 * Customer-facing spaces in Chromium, on a host of their own: a space made from each template with
 * the form, one walked through its stages with the permission diff and the checks, and a customer
 * of Acme (carla) who sees exactly what each stage allows, never Internal notes, never Globex's
 * space; the Service Desk project linked to Acme's space (preview, confirmation, Carla's comment in
 * the space's stream as external, unlink); axe-core clean at 1440 and 390 px.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpacesBrowserTest {
    private static final String PAGE = "/plugins/servlet/value-matrix/spaces";
    private static final List<String> TEMPLATES = List.of("customer-collaboration", "product-feedback",
            "support-knowledge", "partner");
    private static TestHost host;
    private static Chromium browser;

    @BeforeAll
    static void start() {
        host = TestHost.start(200);
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
    @Order(1)
    void aModeratorCreatesASpaceFromEachTemplate() {
        browser.loggedIn("bob", 1440);
        browser.open("/spaces");
        browser.driver().findElement(By.linkText("Customer-facing spaces")).click();
        browser.waitForLoad();
        assertThat(browser.path()).isEqualTo(PAGE);
        assertThat(browser.driver().getTitle()).startsWith("Customer-facing spaces");
        browser.assertAccessible("spaces page with the creation form, 1440 px");

        // A bad key is named next to its field, and nothing is created.
        fill("customer-collaboration", "acme cc", "Acme together", "customer-acme");
        browser.driver().findElement(By.id("vm-create")).click();
        WebElement keyError = browser.driver().findElement(By.id("vm-e-key"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElement(keyError, " "));
        assertThat(keyError.getText()).contains("upper-case letters");
        assertThat(browser.driver().findElement(By.id("vm-f-key")).getAttribute("aria-invalid")).isEqualTo("true");

        for (int i = 0; i < TEMPLATES.size(); i++) {
            browser.open(PAGE);
            String key = "CF" + i;
            fill(TEMPLATES.get(i), key, "Space " + i, i == 3 ? "customer-globex" : "customer-acme");
            browser.driver().findElement(By.id("vm-create")).click();
            browser.waiting().until(ExpectedConditions.urlContains("key=" + key));
            assertThat(browser.driver().findElement(By.id("vm-current-stage")).getAttribute("data-stage"))
                    .isEqualTo("rehearsal");
            assertThat(browser.driver().findElement(By.id("vm-audit")).getText()).contains("Created");
        }
        browser.open(PAGE);
        assertThat(browser.driver().findElement(By.id("vm-space-list")).getText()).contains("Space 0", "Space 1",
                "Space 2", "Space 3");
    }

    @Test
    @Order(2)
    void aSpaceIsWalkedThroughItsStagesAndACustomerSeesOnlyWhatEachAllows() {
        // Rehearsal: carla sees neither the space nor its pages.
        browser.loggedIn("carla", 1440);
        browser.open(PAGE);
        assertThat(browser.driver().findElement(By.id("main")).getText()).doesNotContain("Space 0")
                .doesNotContain("Space 3");
        assertThat(browser.driver().findElements(By.id("vm-create-form"))).as("no form for customers").isEmpty();
        browser.assertAccessible("spaces page of a customer, 1440 px");
        assertThat(browser.statusOf("/display/CF0")).isEqualTo(404);

        browser.loggedIn("admin", 1440);
        browser.open(PAGE + "?key=CF0");
        preview("invited");
        assertThat(browser.driver().findElement(By.id("vm-diff-added")).getText())
                .contains("VIEWSPACE · group customer-acme", "COMMENT · group customer-acme");
        assertThat(browser.driver().findElement(By.id("vm-diff-removed")).getText()).isEqualTo("None");
        assertThat(browser.driver().findElement(By.id("vm-findings")).getText())
                .contains("Passed: The page Internal notes is restricted to support.");
        browser.assertAccessible("tool page with a preview, 1440 px");
        browser.tallScreenshot("spaces-tool-preview", 2000);
        confirm("Acme signed the pilot");
        assertThat(browser.driver().findElement(By.id("vm-current-stage")).getAttribute("data-stage"))
                .isEqualTo("invited");
        // Globex's space opens to Globex.
        browser.open(PAGE + "?key=CF3");
        preview("invited");
        confirm("Globex pilot");

        // Invited: carla views Acme's space and its pages, never Internal notes, never Globex's space.
        browser.loggedIn("carla", 1440);
        browser.open(PAGE);
        String list = browser.driver().findElement(By.id("vm-space-list")).getText();
        assertThat(list).contains("Space 0").containsIgnoringCase("invited").doesNotContain("Space 3").doesNotContain("Space 1");
        browser.open("/display/CF0");
        String home = browser.driver().findElement(By.tagName("body")).getText();
        assertThat(home).contains("Working norms", "Start here", "Shared goals and plan").doesNotContain("Internal notes");
        browser.open("/display/CF0/Working+norms");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Response times",
                "What not to share");
        assertThat(browser.driver().findElements(By.cssSelector("#main-content h2"))).isNotEmpty();
        assertThat(browser.statusOf("/display/CF0/Internal+notes")).isEqualTo(404);
        assertThat(browser.statusOf("/display/CF3")).isEqualTo(404);
        assertThat(browser.statusOf(PAGE + "?key=CF3")).isEqualTo(404);
        assertThat(browser.statusOf(PAGE + "?key=CF0")).as("the tool page is for moderators").isEqualTo(403);

        // Public, by an administrator, then back to rehearsal: carla loses the space at once.
        browser.loggedIn("admin", 1440);
        browser.open(PAGE + "?key=CF0");
        preview("public");
        assertThat(browser.driver().findElement(By.id("vm-diff-added")).getText())
                .isEqualTo("VIEWSPACE · anonymous users");
        confirm("Public knowledge base");
        preview("rehearsal");
        assertThat(browser.driver().findElement(By.id("vm-diff-removed")).getText()).contains(
                "VIEWSPACE · anonymous users", "VIEWSPACE · group customer-acme", "COMMENT · group customer-acme");
        confirm("Pilot paused");
        assertThat(browser.driver().findElement(By.id("vm-audit")).getText()).contains("Pilot paused",
                "Public knowledge base", "Acme signed the pilot", "Created");
        browser.loggedIn("carla", 1440);
        assertThat(browser.statusOf("/display/CF0")).isEqualTo(404);
        browser.open(PAGE);
        assertThat(browser.driver().findElement(By.id("main")).getText()).doesNotContain("Space 0");
    }

    @Test
    @Order(3)
    void aLinkedProjectsCustomerCommentJoinsTheSpacesStreamUntilItIsUnlinked() {
        long issue = host.api().post("/rest/standalone/1.0/containers/SD/content", "bob", "application/json",
                "{\"title\":\"Acme: exports time out\",\"body\":\"Reported by Acme.\"}").json().get("id").asLong();
        browser.loggedIn("admin", 1440);
        browser.open(PAGE + "?key=CF0");
        preview("invited");
        confirm("Pilot resumed");
        new Select(browser.driver().findElement(By.id("vm-link-project"))).selectByValue("SD");
        browser.driver().findElement(By.id("vm-link-reason")).sendKeys("Acme raises its tickets in Service Desk");
        WebElement result = browser.driver().findElement(By.id("vm-link-result"));
        browser.driver().findElement(By.id("vm-link-preview")).click();
        browser.waiting().until(ExpectedConditions.visibilityOf(result));
        assertThat(browser.driver().findElement(By.id("vm-link-added")).getText())
                .contains("BROWSE_PROJECTS · group customer-acme", "ADD_COMMENTS · group customer-acme")
                .doesNotContain("EDIT");
        assertThat(browser.driver().findElement(By.id("vm-link-held")).getText()).isEqualTo("None");
        browser.assertAccessible("tool page with a link preview, 1440 px");
        browser.clickAndAwaitNewDocument(By.id("vm-link-confirm"));
        assertThat(browser.driver().findElement(By.id("vm-linked-projects")).getText()).contains("Service Desk", "SD");
        assertThat(browser.driver().findElement(By.id("vm-audit")).getText()).contains("Linked a project",
                "+BROWSE_PROJECTS group:customer-acme");

        // Carla may now comment on the project, and her comment is in the space's stream as external.
        assertThat(host.api().post("/rest/standalone/1.0/content/" + issue + "/comments", "carla", "application/json",
                "{\"body\":\"Still timing out for us.\"}").status()).isEqualTo(201);
        host.flushCapture();
        browser.loggedIn("carla", 1440);
        browser.open("/plugins/servlet/value-matrix/activity?container=CF0");
        WebElement first = browser.driver().findElement(By.cssSelector(".vm-stream-items .vm-item"));
        assertThat(first.getAttribute("class")).contains("vm-scope-external");
        assertThat(first.getText()).contains("Acme: exports time out").containsIgnoringCase("With customers & partners");

        browser.loggedIn("bob", 1440);
        browser.open(PAGE + "?key=CF0");
        browser.driver().findElement(By.id("vm-unlink-reason")).sendKeys("Tickets move to the portal");
        browser.clickAndAwaitNewDocument(By.id("vm-unlink"));
        assertThat(browser.driver().findElements(By.id("vm-linked-projects-none"))).hasSize(1);
        browser.loggedIn("carla", 1440);
        assertThat(browser.statusOf("/browse/SD")).isEqualTo(404);
    }

    @Test
    @Order(4)
    void atPhoneWidthThePagesFitAndStayAccessible() {
        browser.loggedIn("bob", 390);
        try {
            for (String path : List.of(PAGE, PAGE + "?key=CF1")) {
                browser.open(path);
                if (path.contains("key")) {
                    preview("invited");
                }
                Number overflow = (Number) browser.js(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                Object wide = browser.js("var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                        + " if (r.right > w + 1) { out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); } });"
                        + "return out.slice(0, 12).join('; ');");
                assertThat(overflow.intValue()).as(path + ": pixels wider than the phone: " + wide).isLessThanOrEqualTo(0);
                browser.assertAccessible(path + ", 390 px");
            }
            browser.tallScreenshot("spaces-tool-phone", 2400);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    private static void preview(String stage) {
        browser.js("arguments[0].click();", browser.driver().findElement(By.id("vm-stage-" + stage)));
        WebElement result = browser.driver().findElement(By.id("vm-preview-result"));
        browser.js("document.getElementById('vm-preview-result').hidden = true;"
                + "document.getElementById('vm-findings').textContent = '';");
        browser.driver().findElement(By.id("vm-preview")).click();
        browser.waiting().until(ExpectedConditions.visibilityOf(result));
        browser.waiting().until(d -> !d.findElement(By.id("vm-findings")).getText().isEmpty());
    }

    private static void confirm(String reason) {
        WebElement box = browser.driver().findElement(By.id("vm-reason"));
        box.clear();
        box.sendKeys(reason);
        assertThat(browser.driver().findElement(By.id("vm-confirm")).isEnabled())
                .as(browser.driver().findElement(By.id("vm-findings")).getText()).isTrue();
        browser.clickAndAwaitNewDocument(By.id("vm-confirm"));
    }

    private static void fill(String template, String key, String name, String externalGroup) {
        browser.js("arguments[0].click();", browser.driver().findElement(By.id("vm-template-" + template)));
        type("key", key);
        type("name", name);
        browser.js("document.getElementById('vm-f-team').value = 'support';");
        type("internalGroup", "support");
        type("moderators", "bob");
        type("externalGroups", externalGroup);
        browser.js("document.getElementById('vm-f-expiresOn').value = arguments[0];",
                LocalDate.now().plusDays(60).toString());
    }

    private static void type(String field, String value) {
        WebElement input = browser.driver().findElement(By.id("vm-f-" + field));
        input.clear();
        input.sendKeys(value);
    }


}
