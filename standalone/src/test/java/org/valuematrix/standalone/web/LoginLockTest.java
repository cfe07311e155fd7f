package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.Browser;
import org.valuematrix.standalone.support.TestHost;

/**
 * After five failed logins a user name is locked for ten minutes, through the form and through
 * HTTP Basic alike, and a name that exists is answered exactly as one that does not. A host of
 * its own: the names it locks stay locked.
 */
class LoginLockTest {
    private static final String LOCKED = "Too many failed logins for this username. Try again in 10 minutes.";
    private static final String STREAM = "/rest/value-matrix/1.0/stream?limit=1";
    private static TestHost host;

    @BeforeAll
    static void host() {
        host = TestHost.start(0);
    }

    @AfterAll
    static void close() {
        host.close();
    }

    @Test
    void formLogin_shouldLockKnownAndUnknownNamesAlikeAfterFiveFailures() {
        for (String name : List.of("bob", "no-such-person")) {
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(formLogin(name, "wrong"));
            }
            HttpResponse<String> right = formLogin(name, Api.PASSWORD);

            for (HttpResponse<String> wrong : answers.subList(0, 4)) {
                assertThat(wrong.statusCode()).isEqualTo(401);
                assertThat(alert(wrong)).contains("do not match");
            }
            for (HttpResponse<String> locked : List.of(answers.get(4), right)) {
                assertThat(locked.statusCode()).as(name).isEqualTo(429);
                assertThat(alert(locked)).as(name).isEqualTo(LOCKED);
                assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(590L, 600L);
            }
        }
        assertThat(new Browser(host.api().base()).logIn("sam", null).statusCode()).as("another name").isEqualTo(302);
    }

    @Test
    void basicAuthentication_shouldLockKnownAndUnknownNamesAlikeAfterFiveFailures() {
        for (String name : List.of("priya", "nobody-at-all")) {
            List<Api.Reply> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(basic(name, "wrong"));
            }
            Api.Reply right = basic(name, Api.PASSWORD);

            for (Api.Reply wrong : answers.subList(0, 4)) {
                assertThat(wrong.status()).isEqualTo(401);
            }
            for (Api.Reply locked : List.of(answers.get(4), right)) {
                assertThat(locked.status()).as(name).isEqualTo(429);
                assertThat(locked.header("Content-Type")).startsWith("application/json");
                assertThat(locked.json().get("status").asInt()).isEqualTo(429);
                assertThat(locked.json().get("errorMessages").get(0).asText()).isEqualTo(LOCKED);
                assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(590L, 600L);
            }
        }
        assertThat(host.api().get(STREAM, "carla").status()).as("another name").isEqualTo(200);
    }

    @Test
    void lock_shouldHoldAcrossFormAndBasic() {
        for (int i = 0; i < 5; i++) {
            basic("admin", "wrong");
        }

        assertThat(formLogin("admin", Api.PASSWORD).statusCode()).isEqualTo(429);
    }

    private static HttpResponse<String> formLogin(String name, String password) {
        Browser browser = new Browser(host.api().base());
        String token = Browser.token(browser.get("/login"));
        return browser.postForm("/login", Map.of("os_username", name, "os_password", password, "atl_token", token));
    }

    private static Api.Reply basic(String name, String password) {
        Api api = host.api();
        return api.send(api.request(STREAM, null).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8))).GET());
    }

    private static String alert(HttpResponse<String> page) {
        return Browser.html(page).select("[role=alert]").text();
    }
}
