package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * Issue 15, point 7: the Jira dashboard item's script, run in Chromium on a page of the standalone
 * host (which has no dashboard) with what Jira hands it: AMD's define, AJS with the plugin's texts
 * (as Jira's jsI18n transformation substitutes them), and a dashboard API that records what the
 * item saves. Its edit form offers the teams the viewer may see (real REST), saves team, scope and
 * max as preferences, refuses a bad max, shows saved preferences again, and renders with them.
 */
class DashboardItemBrowserTest {
    private static final String SCRIPT = "web/jira/dashboard-item.js";
    private static Chromium browser;
    private static String script;
    private static Map<String, String> texts;

    @BeforeAll
    static void start() throws IOException {
        Path plugin = Path.of(System.getProperty("basedir", "."), "..", "plugin", "src", "main", "resources");
        script = Files.readString(plugin.resolve(SCRIPT), StandardCharsets.UTF_8);
        texts = new LinkedHashMap<>();
        for (Path bundle : List.of(plugin.resolve("org/valuematrix/plugin/i18n.properties"),
                Path.of(System.getProperty("basedir", "."), "..", "core", "src", "main", "resources",
                        "org/valuematrix/i18n.properties"))) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.ISO_8859_1)) {
                p.load(in);
            }
            p.forEach((k, v) -> texts.put((String) k, (String) v));
        }
        browser = Chromium.start(TestHost.shared().host().baseUrl());
        browser.logIn("alice", Api.PASSWORD);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {Viewports.DESKTOP, Viewports.PHONE})
    void editSaveAndRender_shouldKeepTeamScopeAndMaxAsTheItemsPreferences(int width) {
        Viewports.width(browser, width);
        dashboard();

        edit("{}");
        WebElement form = browser.driver().findElement(By.cssSelector("#vm-item form.vm-dashboard-settings"));
        browser.waiting().until(d -> new Select(form.findElement(By.id("vm-dashboard-team"))).getOptions().size() > 1);
        Select team = new Select(form.findElement(By.id("vm-dashboard-team")));
        Select scope = new Select(form.findElement(By.id("vm-dashboard-scope")));
        WebElement max = form.findElement(By.id("vm-dashboard-max"));
        assertThat(team.getFirstSelectedOption().getText()).isEqualTo("All teams");
        assertThat(team.getOptions()).extracting(WebElement::getText).contains("Engineering", "Acme Corporation");
        assertThat(scope.getFirstSelectedOption().getText()).isEqualTo("All interactions");
        assertThat(max.getAttribute("value")).isEqualTo("10");
        Viewports.assertAccessible(browser, "dashboard item's settings, " + width + " px");

        team.selectByVisibleText("Engineering");
        scope.selectByValue("across");
        max.clear();
        max.sendKeys("0");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.js("return window.vmSaved || null;")).as("a bad max is not saved").isNull();
        assertThat(form.findElement(By.cssSelector(".error")).getText()).isEqualTo("Enter a whole number from 1 to 100.");
        max.clear();
        max.sendKeys("5");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(browser.js("return window.vmSaved;")).isEqualTo(Map.of("team", "eng", "scope", "across", "max", "5"));

        edit("window.vmSaved");
        browser.waiting().until(d -> new Select(d.findElement(By.id("vm-dashboard-team"))).getOptions().size() > 1);
        assertThat(new Select(browser.driver().findElement(By.id("vm-dashboard-team"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("eng");
        assertThat(new Select(browser.driver().findElement(By.id("vm-dashboard-scope"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("across");
        assertThat(browser.driver().findElement(By.id("vm-dashboard-max")).getAttribute("value")).isEqualTo("5");

        browser.jsAsync("window.vmAsked = null; jQuery.ajaxPrefilter(function (o) { if (!window.vmAsked) {"
                + " window.vmAsked = o.url + ' ' + o.data; } });"
                + "new window.vmModule(window.vmApi).render(document.getElementById('vm-item'), window.vmSaved);"
                + "var t = setInterval(function () { if (window.vmAsked && document.querySelector("
                + "'#vm-item .vm-stream-status, #vm-item section')) { clearInterval(t); done(true); } }, 50);");
        assertThat((String) browser.js("return window.vmAsked;"))
                .startsWith(TestHost.CONTEXT_PATH + "/plugins/servlet/value-matrix/stream-fragment")
                .contains("mode=compact", "limit=5", "team=eng", "scope=across");
    }

    /** A page of the host with what Jira gives a dashboard item, and the item's script loaded. */
    private static void dashboard() {
        browser.open("/spaces");
        // AUI's own AJS keeps its members read-only: the item sees Jira's, as on a dashboard.
        browser.js("var path = arguments[0], texts = arguments[1];"
                + "Object.defineProperty(window, 'AJS', { configurable: true, writable: true, value: {"
                + "  contextPath: function () { return path; },"
                + "  I18n: { getText: function (k) { return texts[k] || k; } } } });"
                + "window.define = function (name, deps, factory) { window.vmModule = factory(jQuery); };"
                + "window.vmSaved = undefined;"
                + "window.vmApi = { savePreferences: function (p) { window.vmSaved = p; }, resize: function () {},"
                + "  showLoadingBar: function () {}, hideLoadingBar: function () {} };"
                + "var item = document.createElement('div'); item.id = 'vm-item';"
                + "document.querySelector('main').appendChild(item);", TestHost.CONTEXT_PATH, texts);
        browser.js(script);
    }

    private static void edit(String preferences) {
        browser.js("new window.vmModule(window.vmApi).renderEdit(document.getElementById('vm-item'), " + preferences + ");");
    }
}
