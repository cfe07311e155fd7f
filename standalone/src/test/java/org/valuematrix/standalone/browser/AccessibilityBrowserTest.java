package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * axe-core finds no serious or critical accessibility violation on the login page, the activity
 * page (unfiltered, filtered, and after "load more" added client-rendered entries), a space
 * page and a page showing the macro, and the no-access page. Every violation found, whatever its
 * impact, is printed.
 */
class AccessibilityBrowserTest {
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
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
    void loginPage() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");

        assertAccessible("login page");
    }

    @Test
    void activityPage_unfiltered() {
        loggedIn();
        browser.open(ACTIVITY);
        browser.stream("main");

        assertAccessible("activity page");
    }

    @Test
    void activityPage_filteredAcrossTeams_afterLoadMore() {
        loggedIn();
        browser.open(ACTIVITY + "?team=eng&scope=across");
        browser.stream("main");
        assertAccessible("activity page, team=eng&scope=across");

        assertThat(browser.loadMore(browser.stream("main"), 1)).isEqualTo(1);

        assertAccessible("activity page, team=eng&scope=across, after load more");
    }

    @Test
    void spacePageWithTheMacro() {
        loggedIn();
        browser.open("/display/ENG");
        browser.stream("#main-content .conf-macro");

        assertAccessible("space page /display/ENG with the macro");
    }

    @Test
    void pageWithTheMacroAndComments() {
        loggedIn();
        browser.open("/display/ENG/Activity");
        browser.stream("#main-content .conf-macro");

        assertAccessible("page /display/ENG/Activity with the macro and its comments");
    }

    @Test
    void noAccessPage() {
        loggedIn();
        browser.open("/display/HRC");

        assertAccessible("no-access page /display/HRC");
    }

    private static void loggedIn() {
        browser.driver().manage().deleteAllCookies();
        browser.logIn("alice", Api.PASSWORD);
    }

    private static void assertAccessible(String page) {
        List<Axe.Violation> violations = Axe.run(browser);
        String report = violations.isEmpty() ? "none"
                : violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
        System.out.println("axe on " + page + " (" + browser.path() + "): " + report);
        assertThat(violations.stream().filter(Axe.Violation::blocking).toList())
                .as("serious or critical axe violations on the %s:%s", page, report).isEmpty();
    }
}
