package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.Browser;
import org.valuematrix.standalone.support.TestHost;

/**
 * The host serves the same site under a context path ({@code /confluence}) as at the root:
 * every link, script, stylesheet, form and REST address a page names lies inside the context
 * (once) and answers, and the login comes back to the page asked for, its context path once.
 */
class ContextPathTest {
    private static final List<String> PAGES = List.of("/spaces", "/display/ENG", "/display/ENG/Activity",
            "/browse/CORE", "/plugins/servlet/value-matrix/activity?scope=across", "/login");

    /** The shared hosts, which outlive each test. */
    static Stream<TestHost> hosts() {
        return Stream.of(TestHost.shared(), TestHost.sharedRestV2());
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("hosts")
    void login_shouldComeBackToTheRequestedPageWithItsContextPathOnce(TestHost host) {
        String base = host.host().baseUrl();
        Browser browser = new Browser(base);

        HttpResponse<String> asked = browser.get("/display/ENG/Activity?scope=across");
        assertThat(asked.statusCode()).isEqualTo(302);
        HttpResponse<String> form = browser.follow(asked.headers().firstValue("Location").orElseThrow());
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> login = browser.submit(form, "form.vm-login",
                Map.of("os_username", "alice", "os_password", Api.PASSWORD));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow())
                .isEqualTo(base + "/display/ENG/Activity?scope=across");
        HttpResponse<String> back = browser.follow(login.headers().firstValue("Location").orElseThrow());
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(Browser.html(back).select(".vm-header-user").text()).isEqualTo("Alice Anderson");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("hosts")
    void everyAddressAPageNames_shouldBeInsideTheContextAndAnswer(TestHost host) {
        String context = host.host().contextPath();
        Browser alice = new Browser(host.host().baseUrl());
        assertThat(alice.logIn("alice", "/").statusCode()).isEqualTo(302);
        Browser admin = new Browser(host.host().baseUrl());
        assertThat(admin.logIn("admin", "/").statusCode()).isEqualTo(302);

        Map<String, Browser> addresses = new LinkedHashMap<>();
        Map<String, Browser> entries = new LinkedHashMap<>();
        for (String page : PAGES) {
            collect(alice, alice.get(page), addresses, entries);
        }
        String issue = Browser.html(alice.get("/browse/CORE")).select(".vm-project-issues a").first().attr("href");
        collect(alice, alice.follow(issue), addresses, entries);
        collect(admin, admin.get("/admin/teams"), addresses, entries);

        assertThat(entries.keySet()).as("what the stream entries name").isNotEmpty()
                .allSatisfy(address -> assertInside(address, context));
        assertThat(addresses.keySet()).as("addresses the pages name").hasSizeGreaterThan(30)
                .allSatisfy(address -> assertInside(address, context))
                .anySatisfy(address -> assertThat(address).contains("/static/aui/"))
                .anySatisfy(address -> assertThat(address).contains("/static/vm/activity/activity.js"))
                .anySatisfy(address -> assertThat(address).contains("/rest/value-matrix/1.0/stream?"))
                .anySatisfy(address -> assertThat(address).contains("/rest/value-matrix/1.0/stream.atom"));
        String base = host.host().baseUrl();
        addresses.forEach((address, browser) -> {
            if (!address.startsWith(context + "/logout")) {
                HttpResponse<String> r = browser.follow(address);
                if (r.statusCode() == 302) {
                    String location = r.headers().firstValue("Location").orElseThrow();
                    assertThat(location).as(address).startsWith(base + "/");
                    r = browser.follow(location);
                }
                assertThat(r.statusCode()).as(address).isEqualTo(200);
            }
        });
        // Events imported through REST may name pages this host never had: those answer 404.
        long open = entries.entrySet().stream().filter(e -> {
            int status = e.getValue().follow(e.getKey()).statusCode();
            assertThat(status).as(e.getKey()).isIn(200, 404);
            return status == 200;
        }).count();
        assertThat(open).as("entries whose page opens").isPositive();
    }

    private static void assertInside(String address, String context) {
        assertThat(address).startsWith(context + "/");
        if (!context.isEmpty()) {
            assertThat(address).as("context path once").doesNotStartWith(context + context + "/");
        }
    }

    /** Every link, script, stylesheet, form action and stream REST address of a page; what entries name apart. */
    private static void collect(Browser browser, HttpResponse<String> page, Map<String, Browser> into,
            Map<String, Browser> entries) {
        assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
        Document html = Browser.html(page);
        for (Element e : html.select("a.vm-object")) {
            add(e.attr("href"), browser, entries);
        }
        for (Element e : html.select("a[href]:not(.vm-object), link[href]")) {
            add(e.attr("href"), browser, into);
        }
        for (Element e : html.select("script[src]")) {
            add(e.attr("src"), browser, into);
        }
        for (Element e : html.select("form[action]")) {
            add(e.attr("action"), browser, into);
        }
        for (Element e : html.select("[data-rest]")) {
            add(e.attr("data-rest"), browser, into);
        }
    }

    private static void add(String address, Browser browser, Map<String, Browser> into) {
        if (!address.startsWith("#")) {
            into.putIfAbsent(address.replaceFirst("#.*$", ""), browser);
        }
    }
}
