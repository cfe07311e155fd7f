package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.TestHost;

/**
 * A person who may not view a space gets the page for an address where nothing is, naming
 * nothing, and never sees its entries on the activity page, whether rendered with the page or
 * loaded with "load more". A customer's Team filter offers internal teams and their own only.
 * What each may view comes from the host's directory, read as the administrator.
 */
class PermissionBrowserTest {
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    private static final String STREAM = "/rest/value-matrix/1.0/stream";
    private static TestHost host;
    private static DemoUsers directory;
    private static Chromium browser;

    @BeforeAll
    static void start() {
        host = TestHost.shared();
        directory = new DemoUsers(host.api());
        browser = Chromium.start(host.host().baseUrl());
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void loggedOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void customer_shouldBeRefusedStaffSpacesAndSeeOnlyTheirOwnSpacesActivity() {
        Set<String> visible = directory.visibleTo("carla");
        assertThat(visible).containsExactlyInAnyOrder("ACME", "ACMESUP");
        assertHasActivity("ENG");
        browser.logIn("carla", Api.PASSWORD);

        assertNoAccess("/display/ENG", "Engineering");
        assertNoAccess("/display/ENG/Activity", "Engineering");

        browser.open(ACTIVITY);
        WebElement stream = browser.stream("main");
        browser.loadMore(stream, 5);
        assertThat(stream.findElements(By.cssSelector("button.vm-more"))).as("the stream's end was reached").isEmpty();
        assertOnlyFrom(visible, browser.items(stream));
        assertThat(new Select(browser.driver().findElement(By.id("vm-container"))).getOptions())
                .extracting(o -> o.getAttribute("value")).filteredOn(v -> !v.isEmpty())
                .containsExactlyInAnyOrderElementsOf(visible);

        browser.open(ACTIVITY + "?container=ENG");
        assertThat(browser.driver().findElement(By.cssSelector("main [role=alert]")).getText())
                .contains("There is no space or project \u201cENG\u201d").doesNotContain("Engineering");
        assertThat(browser.driver().findElements(By.cssSelector("main li.vm-item"))).as("ENG entries asked for by URL")
                .isEmpty();
        List<String> teams = new Select(browser.driver().findElement(By.id("vm-team"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).collect(Collectors.toList());
        assertThat(teams).contains("eng", "support", "acme").doesNotContain("globex", "initech", "northwind");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Globex")
                .doesNotContain("Initech").doesNotContain("Northwind");
    }

    @Test
    void employee_shouldBeRefusedRestrictedSpacesAndNeverSeeTheirEntries() {
        Set<String> visible = directory.visibleTo("alice");
        assertThat(visible).contains("ENG", "ACME").doesNotContain("HRC", "BOARD", "DEAL", "HIRE");
        for (String hidden : List.of("HRC", "BOARD", "DEAL", "HIRE")) {
            assertHasActivity(hidden);
        }
        browser.logIn("alice", Api.PASSWORD);

        assertNoAccess("/display/HRC", "HR Confidential");
        assertNoAccess("/display/BOARD", "Board & Finance");

        browser.open(ACTIVITY + "?limit=200");
        WebElement stream = browser.stream("main");
        browser.loadMore(stream, 2);
        List<Chromium.Item> items = browser.items(stream);
        assertThat(items).hasSizeGreaterThan(200);
        assertOnlyFrom(visible, items);
        StreamChecks.assertOnceEachNewestFirst(items);

        // Spaces she may not view, asked for by URL, are spaces that do not exist: said, and no list.
        browser.open(ACTIVITY + "?container=HRC&container=BOARD");
        assertThat(browser.driver().findElement(By.cssSelector("main [role=alert]")).getText())
                .contains("There is no space or project").doesNotContain("HR Confidential", "Board & Finance");
        assertThat(browser.driver().findElements(By.cssSelector("main li.vm-item")))
                .as("restricted entries asked for by URL").isEmpty();
    }

    /** The administrator, who may view everything, sees activity there: hiding it is not vacuous. */
    private static void assertHasActivity(String container) {
        Api.Reply r = host.api().get(STREAM + "?container=" + container + "&limit=1", "admin");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("items")).as("%s has activity the administrator sees", container).isNotEmpty();
    }

    private static void assertNoAccess(String path, String spaceName) {
        assertThat(browser.statusOf(path)).as("status of %s", path).isEqualTo(404);
        browser.open(path);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(browser.driver().findElement(By.cssSelector("main [role=alert]")).getText())
                .isEqualTo("There is nothing at this address.");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).as("page for %s", path)
                .doesNotContain(spaceName);
        assertThat(browser.driver().findElements(By.cssSelector("section.vm-stream, li.vm-item, #main-content")))
                .as("content on %s", path).isEmpty();
    }

    private static void assertOnlyFrom(Set<String> visible, List<Chromium.Item> items) {
        assertThat(items).isNotEmpty().allSatisfy(item -> assertThat(item.containerKey())
                .as("container of %s", item).isIn(visible));
    }
}
