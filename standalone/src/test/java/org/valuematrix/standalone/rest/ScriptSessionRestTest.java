package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * An anonymous request from a page's script ({@code X-Requested-With: XMLHttpRequest}) gets a 401
 * whose challenge browsers show no password dialog for, so the page can say the session ended;
 * other clients keep the Basic challenge they log in with.
 */
class ScriptSessionRestTest {
    private static final String[] PATHS = {"/rest/value-matrix/1.0/stream?limit=1", "/rest/value-matrix/1.0/people?q=a"};

    @Test
    void anonymousScriptRequest_shouldBe401WithoutABasicChallenge() {
        Api api = TestHost.shared().api();
        for (String path : PATHS) {
            Api.Reply script = api.send(api.request(path, null).header("X-Requested-With", "XMLHttpRequest").GET());
            Api.Reply client = api.get(path, null);

            assertThat(script.status()).as(path).isEqualTo(401);
            assertThat(script.header("WWW-Authenticate")).as(path).isNotBlank().doesNotStartWith("Basic");
            assertThat(script.json().get("errorMessages")).isNotEmpty();
            assertThat(client.status()).isEqualTo(401);
            assertThat(client.header("WWW-Authenticate")).as(path).startsWith("Basic");
        }
    }
}
