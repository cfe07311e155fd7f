package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * The Containers page's resource over HTTP, on a host of its own (it remaps spaces): every space and
 * project with its owner, the unmapped count, a suggestion from who worked there, bulk assignment
 * all or nothing; administrators only.
 */
class AdminContainersRestTest {
    private static final String CORE = "/rest/value-matrix/1.0";
    private static TestHost host;
    private static Api api;

    @BeforeAll
    static void start() {
        host = TestHost.start(TestHost.DEMO_EVENTS);
        api = host.api();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void containers_asAnonymous_shouldAnswer401_andAsAnInternalPerson403() {
        assertThat(api.get(CORE + "/admin/containers", null).status()).isEqualTo(401);
        assertThat(api.get(CORE + "/admin/containers", "alice").status()).isEqualTo(403);
        assertThat(api.put(CORE + "/admin/containers", "alice", "application/json", "{\"owners\":{\"ENG\":null}}")
                .status()).isEqualTo(403);
    }

    @Test
    void unmappedContainers_shouldBeCounted_andGetTheTeamWhoseMembersWorkedThereAsSuggestion() {
        JsonNode before = api.get(CORE + "/admin/containers", "admin").json();
        String team = "support";
        String container = "SUP";
        // Support's members are active in their own space on some days; make sure one is, today.
        Api.Reply stored = api.post(CORE + "/events", "admin", "application/json", Api.json(List.of(
                org.valuematrix.standalone.support.Events.event("sup-today", Instant.now().toString(),
                        new org.valuematrix.standalone.support.DemoUsers(api).key("bob"), "created", container,
                        "confluence", null, "Shift notes"))));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);

        Api.Reply unmapped = api.put(CORE + "/admin/containers", "admin", "application/json",
                "{\"owners\":{\"" + container + "\":null,\"KB\":null}}");

        assertThat(unmapped.status()).as(unmapped.body()).isEqualTo(200);
        assertThat(unmapped.json().get("unmapped").asInt()).isEqualTo(before.get("unmapped").asInt() + 2);
        JsonNode sup = find(unmapped.json().get("containers"), container);
        assertThat(sup.get("owner").isNull()).isTrue();
        assertThat(sup.get("suggestion").get("team").asText()).isEqualTo(team);
        assertThat(sup.get("suggestion").get("activeDays").asInt()).isPositive();
        assertThat(sup.get("suggestion").get("reason").asText()).isEqualTo("activity");
        assertThat(find(api.get(CORE + "/containers", "admin").json().get("containers"), container).get("owner")
                .isNull()).isTrue();

        Api.Reply accepted = api.put(CORE + "/admin/containers", "admin", "application/json",
                "{\"owners\":{\"" + container + "\":\"" + team + "\",\"KB\":\"support\"}}");
        assertThat(accepted.json().get("unmapped").asInt()).isEqualTo(before.get("unmapped").asInt());
        assertThat(find(accepted.json().get("containers"), container).get("owner").asText()).isEqualTo(team);
        assertThat(find(accepted.json().get("containers"), container).get("suggestion").isNull()).isTrue();
    }

    @Test
    void bulkAssignment_withOneBadEntry_shouldNameItAndWriteNothing() {
        JsonNode before = api.get(CORE + "/admin/containers", "admin").json();

        Api.Reply bad = api.put(CORE + "/admin/containers", "admin", "application/json",
                "{\"owners\":{\"ENG\":\"support\",\"NOPE\":\"eng\",\"SUP\":\"no-such-team\"}}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").has("owners.NOPE")).isTrue();
        assertThat(bad.json().get("errors").has("owners.SUP")).isTrue();
        assertThat(owners(api.get(CORE + "/admin/containers", "admin").json())).isEqualTo(owners(before));
        assertThat(api.put(CORE + "/admin/containers", "admin", "application/json", "{\"owners\":{}}").status())
                .isEqualTo(400);
        assertThat(api.put(CORE + "/admin/containers", "admin", "application/json", "[]").json().get("errors")
                .has("owners")).isTrue();
        assertThat(api.put(CORE + "/admin/containers", "admin", "text/plain", "{}").status()).isEqualTo(415);
    }

    private static List<String> owners(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("containers").forEach(c -> out.add(c.get("key").asText() + "=" + c.get("owner").asText()));
        return out;
    }

    private static JsonNode find(JsonNode containers, String key) {
        for (JsonNode c : containers) {
            if (key.equals(c.get("key").asText())) {
                return c;
            }
        }
        throw new AssertionError("no container " + key);
    }
}
