package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.Events;
import org.valuematrix.standalone.support.TestHost;
import org.valuematrix.support.Links;

/**
 * The link rule checked against Chromium itself: every address the server's rule
 * ({@link Links}) accepts, Chromium's {@code new URL(href, page)} reads as a path on the page's
 * own site (for a site path) or as the same http(s) address (for an absolute one), and the
 * script's rule ({@code ValueMatrixStream.link}) decides exactly as the server's does. Entries
 * whose address is refused show their title without a link, on the first page and in the pages
 * "Load more" adds.
 */
class LinkRuleBrowserTest {
    /** Addresses that browsers read differently from how they look. */
    private static final List<String> TRICKY = List.of("/pages/1", "/\t/evil.example", "/\n/evil.example",
            "/\r\n/evil.example", "\t//evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example",
            "\\/evil.example", "/%2f/evil.example", "/%5c/evil.example", "/./evil.example", "/..//evil.example",
            " /x ", "\u0000/\u001f/evil.example", "\u0001/x\u001f", "javascript:alert(1)", "java\tscript:alert(1)",
            "jav\nascript:alert(1)", " JavaScript:alert(1)", "\u0000javascript:alert(1)", "data:text/html,<b>x</b>",
            "vbscript:x", "http:evil.example", "http:/evil.example", "http:\\evil.example", "http:\\\\evil.example",
            "http:/\\evil.example", "https:evil.example", "https:\\\\evil.example\\x?y\\z#w\\v", "http:///evil.example",
            "http://evil.example", "HTTPS://EVIL.example:443/a", "http://evil.example:99999/", "http://evil.example:/",
            "http://user@evil.example/", "http://site@evil.example@x/", "http://999.1.1.1/", "http://1.2.3.4/",
            "http://0x7f.1/", "http://a.1/", "http://a_b.example/", "http://-a-.example/", "http://a..b/",
            "http://a.b./", "http://[::1]/", "http://%65vil.example/", "http://b\u00fccher.example/", "ftp://evil.example",
            "ws://evil.example", "file:///etc/passwd", "#top", "?q=1", "pages/1", "", " ");
    private static final List<String> PIECES = List.of("/", "\\", "\t", "\n", "\r", " ", "\u0000", "\u001f", ":", "//",
            "javascript", "http", "HTTPS", "data", "evil.example", "a", "@", "?", "#", ".", "1", "0x7f", "%2f", "_", "-",
            ":80", "\u00a0");
    private static final int RANDOM = 400;
    private static Chromium browser;

    @BeforeAll
    static void start() {
        TestHost host = TestHost.shared();
        Api api = host.api();
        DemoUsers users = new DemoUsers(api);
        List<Object> events = new ArrayList<>();
        String[][] links = {{"Fine link", "/display/KB/Fine"}, {"Script link", "javascript:alert(1)"},
            {"Tabbed link", "/\t/evil.example"}};
        for (int i = 0; i < links.length; i++) {
            Map<String, Object> e = Events.event("link-rule-" + i + "-" + System.nanoTime(), "2020-01-01T0" + i + ":00:00Z",
                    users.key("alice"), "commented", "KB", "confluence", users.key("bob"), links[i][0]);
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) e.get("object");
            object.put("url", links[i][1]);
            events.add(e);
        }
        Api.Reply r = api.post("/rest/value-matrix/1.0/events", "admin", "application/json", Api.json(events));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("stored").asInt()).as(r.body()).isEqualTo(3);
        browser = Chromium.start(host.host().baseUrl());
        browser.logIn("alice", Api.PASSWORD);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyAcceptedAddress_shouldStayOnTheSiteOrBeTheSameHttpAddressInChromium_andTheScriptShouldAgree() {
        long seed = System.nanoTime();
        List<String> inputs = new ArrayList<>(TRICKY);
        Random random = new Random(seed);
        for (int i = 0; i < RANDOM; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                sb.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            inputs.add(sb.toString());
        }
        List<String> server = new ArrayList<>();
        for (String input : inputs) {
            server.add(Links.target(input).orElse(null));
        }
        browser.open("/plugins/servlet/value-matrix/activity");

        List<?> read = (List<?>) browser.js("var inputs = arguments[0], server = arguments[1];"
                + "function parse(u) { try { var a = new URL(u, location.href);"
                + "  return {origin: a.origin, protocol: a.protocol, href: a.href}; } catch (e) { return null; } }"
                + "return inputs.map(function (u, i) { return {input: parse(u), script: window.ValueMatrixStream.link(u, ''),"
                + "  server: server[i] === null ? null : parse(server[i]), origin: location.origin}; });", inputs, server);

        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < inputs.size(); i++) {
            Map<?, ?> r = (Map<?, ?>) read.get(i);
            String input = inputs.get(i);
            String what = String.format("%s (seed %d)", escapeControls(input), seed);
            soft.assertThat(r.get("script")).as("the script's rule for " + what).isEqualTo(server.get(i));
            if (server.get(i) == null) {
                continue;
            }
            Map<?, ?> asGiven = (Map<?, ?>) r.get("input");
            Map<?, ?> asWritten = (Map<?, ?>) r.get("server");
            soft.assertThat(asGiven).as("Chromium reads " + what).isNotNull();
            soft.assertThat(asWritten).as("Chromium reads what the server writes for " + what).isNotNull();
            if (asGiven == null || asWritten == null) {
                continue;
            }
            soft.assertThat(asWritten.get("href")).as("the server writes what Chromium reads for " + what)
                    .isEqualTo(asGiven.get("href"));
            if (server.get(i).startsWith("/")) {
                soft.assertThat(asGiven.get("origin")).as("a site path stays on the site: " + what).isEqualTo(r.get("origin"));
            } else {
                soft.assertThat(asGiven.get("protocol")).as("an absolute address is http(s): " + what)
                        .isIn("http:", "https:");
            }
        }
        soft.assertAll();
        Map<?, ?> tab = (Map<?, ?>) ((Map<?, ?>) read.get(TRICKY.indexOf("/\t/evil.example"))).get("input");
        assertThat(tab.get("origin")).as("why the rule must drop tabs first").isEqualTo("http://evil.example");
    }

    @Test
    void refusedAddresses_shouldShowTheTitleWithoutALink_inFirstAndLoadedEntries() {
        String window = "/plugins/servlet/value-matrix/activity?container=KB&since=2020-01-01&until=2020-01-02";
        browser.open(window + "&limit=3");
        assertLinks(browser.stream("main"));

        browser.open(window + "&limit=1");
        WebElement stream = browser.stream("main");
        assertThat(browser.loadMore(stream, 3)).as("two entries added by Load more").isEqualTo(2);
        assertLinks(stream);
    }

    private static void assertLinks(WebElement stream) {
        List<Chromium.Item> items = browser.items(stream);
        assertThat(items).extracting(i -> i.title).containsExactly("Tabbed link", "Script link", "Fine link");
        List<WebElement> entries = stream.findElements(By.cssSelector("li.vm-item"));
        for (int i = 0; i < 2; i++) {
            assertThat(entries.get(i).findElements(By.cssSelector("a.vm-object"))).as(items.get(i).title).isEmpty();
            assertThat(entries.get(i).findElement(By.cssSelector("span.vm-object")).getText()).isEqualTo(items.get(i).title);
        }
        Optional<String> fine = Optional.ofNullable(entries.get(2).findElement(By.cssSelector("a.vm-object"))
                .getAttribute("href"));
        assertThat(fine).hasValueSatisfying(h -> assertThat(h).endsWith("/display/KB/Fine"));
        assertThat(stream.findElements(By.cssSelector("a[href]"))).extracting(a -> a.getAttribute("href"))
                .noneMatch(h -> h.contains("evil.example") || h.startsWith("javascript:"));
    }

    private static String escapeControls(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
