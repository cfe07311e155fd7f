package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * Every page of the host at 390 px (a phone) and 1440 px: no sideways scrolling, the activity
 * filters stacked on a phone, the activity column of a project on screen, and the header's
 * navigation reachable and tappable (the element under the centre of each menu entry is that
 * entry, not the user name), axe-core clean at both widths.
 */
class PhoneLayoutBrowserTest {
    private static final String[] PAGES = {
        "/plugins/servlet/value-matrix/activity",
        "/plugins/servlet/value-matrix/activity?scope=external",
        "/plugins/servlet/value-matrix",
        "/plugins/servlet/value-matrix/admin",
        "/spaces",
        "/admin/teams",
        "/display/ENG",
        "/display/KB",
        "/browse/CORE",
        "/browse/CORE-1",
    };
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
    void atPhoneWidth_everyPageFits_andTheNavigationIsTappable() {
        loggedOut(390);
        browser.open("/login");
        assertFits("/login", 390);
        browser.assertAccessible("login, 390 px");
        browser.logIn("admin", Api.PASSWORD);
        for (String page : PAGES) {
            browser.open(page);
            assertFits(page, 390);
            browser.assertAccessible(page + ", 390 px");
        }
        browser.screenshot("phone-browse-core");
        // A page of a space, as a link from the space's home reaches it.
        browser.open("/display/ENG");
        String page = browser.driver().findElement(By.cssSelector("ul.vm-pages a")).getAttribute("href");
        browser.driver().get(page);
        browser.waitForLoad();
        assertFits(browser.path(), 390);
        browser.assertAccessible("a page of ENG, 390 px");
        assertNavigationTappable();
    }

    @Test
    void atPhoneWidth_activityFiltersStack_andTheProjectsActivityIsOnScreen() {
        loggedIn("alice", 390);
        browser.open("/plugins/servlet/value-matrix/activity");
        List<WebElement> groups = browser.driver().findElements(By.cssSelector("form.vm-filters .field-group"));
        assertThat(groups).hasSizeGreaterThan(3);
        int left = groups.get(0).getRect().getX();
        for (WebElement group : groups) {
            assertThat(group.getRect().getX()).as("filters stack: each starts at the left edge").isEqualTo(left);
            assertThat(group.getRect().getX() + group.getRect().getWidth()).isLessThanOrEqualTo(390);
        }
        WebElement apply = browser.driver().findElement(By.id("vm-apply"));
        assertThat(apply.getRect().getX() + apply.getRect().getWidth()).isLessThanOrEqualTo(390);
        browser.tallScreenshot("phone-activity", 2400);

        browser.open("/browse/CORE");
        WebElement activity = browser.driver().findElement(By.cssSelector(".vm-project-activity"));
        assertThat(activity.getRect().getX()).as("the activity column starts on screen").isBetween(0, 389);
        assertThat(activity.getRect().getX() + activity.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat(activity.findElements(By.cssSelector("li.vm-item"))).isNotEmpty();
    }

    @Test
    void atDesktopWidth_everyPageFits_andTheNavigationIsTappable() {
        loggedOut(1440);
        browser.open("/login");
        assertFits("/login", 1440);
        browser.logIn("admin", Api.PASSWORD);
        for (String page : PAGES) {
            browser.open(page);
            assertFits(page, 1440);
            browser.assertAccessible(page + ", 1440 px");
        }
        assertNavigationTappable();
    }

    /**
     * Each navigation entry the header offers, in the bar or behind its "More" menu, is on screen
     * and is what a tap on its centre reaches.
     */
    private static void assertNavigationTappable() {
        browser.open("/spaces");
        browser.screenshot("header-" + browser.js("return innerWidth;"));
        for (String label : List.of("/plugins/servlet/value-matrix/activity", "/plugins/servlet/value-matrix",
                "/spaces", "/admin/teams", "/plugins/servlet/value-matrix/admin")) {
            WebElement entry = visibleEntry(label);
            if (entry == null) {
                WebElement more = browser.driver().findElement(By.cssSelector(".aui-header .aui-dropdown2-trigger"));
                assertThat(hit(more)).as("a tap on 'More' reaches it, not what lies above it").isTrue();
                more.click();
                browser.waiting().until(d -> visibleEntry(label) != null);
                entry = visibleEntry(label);
            }
            assertThat(entry).as("navigation entry %s", label).isNotNull();
            assertThat(hit(entry)).as("a tap on %s reaches it", label).isTrue();
            browser.open("/spaces");
        }
        WebElement user = browser.driver().findElement(By.cssSelector(".vm-header-user"));
        assertThat(user.getRect().getX() + user.getRect().getWidth())
                .isLessThanOrEqualTo(((Number) browser.js("return innerWidth;")).intValue());
    }

    /** @return the header's visible link to {@code path}, or null */
    private static WebElement visibleEntry(String label) {
        for (WebElement a : browser.driver().findElements(By.cssSelector("#header a, .aui-dropdown2 a"))) {
            if (a.isDisplayed() && a.getRect().getWidth() > 0 && a.getAttribute("href") != null
                    && a.getAttribute("href").endsWith(label)) {
                return a;
            }
        }
        return null;
    }

    /** @return whether the topmost element at the centre of {@code e} is {@code e} or inside it */
    private static boolean hit(WebElement e) {
        return (Boolean) browser.js("var r = arguments[0].getBoundingClientRect();"
                + "var top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + "return r.right <= innerWidth && r.left >= 0 && !!top && (top === arguments[0] || arguments[0].contains(top));", e);
    }

    private static void assertFits(String page, int width) {
        assertThat(browser.path()).as("%s opened, not redirected", page).startsWith(page);
        Number inner = (Number) browser.js("return innerWidth;");
        assertThat(inner.intValue()).isEqualTo(width);
        Number scroll = (Number) browser.js("return document.documentElement.scrollWidth;");
        assertThat(scroll.intValue()).as("%s is %s px wide at %s px; too wide: %s", page, scroll, width, tooWide())
                .isLessThanOrEqualTo(inner.intValue());
        String viewport = (String) browser.js(
                "var m = document.querySelector('meta[name=viewport]'); return m ? m.content : null;");
        assertThat(viewport).as("%s's viewport meta tag", page).contains("width=device-width");
    }

    /** The outermost elements that reach past the screen's right edge, to name in a failure. */
    private static Object tooWide() {
        return browser.js("var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + " var r = e.getBoundingClientRect();"
                + " if (r.right > w + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1)) {"
                + "  out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
                + "return out.slice(0, 10).join('; ');");
    }

    private static void loggedOut(int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        browser.driver().manage().deleteAllCookies();
    }

    private static void loggedIn(String user, int width) {
        loggedOut(width);
        browser.logIn(user, Api.PASSWORD);
    }

}
