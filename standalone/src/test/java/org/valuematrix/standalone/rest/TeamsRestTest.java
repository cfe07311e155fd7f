package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/** GET /teams for users; PUT and DELETE /teams/{key} for administrators only. */
class TeamsRestTest {
    private static final String TEAMS = "/rest/value-matrix/1.0/teams";
    private static final String GUILD = "{\"name\":\"Testing guild\",\"kind\":\"internal\",\"groups\":[\"quality\",\"engineering\"]}";
    private static Api api;

    @BeforeAll
    static void host() {
        api = TestHost.shared().api();
    }

    @Test
    void list_shouldShowTheDemoTeamsInOrder() {
        Api.Reply r = api.get(TEAMS, "alice");

        assertThat(r.status()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        r.json().get("teams").forEach(t -> keys.add(t.get("key").asText()));
        assertThat(keys).containsSubsequence("prod", "eng", "support", "sales", "marketing", "hr", "finance", "legal",
                "it", "design", "qa", "ops", "acme", "globex", "initech", "northwind");
        JsonNode acme = find(r.json(), "acme");
        assertThat(acme.get("kind").asText()).isEqualTo("customer");
        assertThat(acme.has("groups")).as("group names are for administrators").isFalse();
        assertThat(find(r.json(), "northwind").get("kind").asText()).isEqualTo("partner");
        assertThat(find(api.get(TEAMS, "admin").json(), "acme").get("groups").get(0).asText()).isEqualTo("customer-acme");
    }

    @Test
    void putThenDelete_asAdmin_shouldCreateReplaceAndRemove() {
        Api.Reply created = api.put(TEAMS + "/testing-guild", "admin", "application/json", GUILD);
        Api.Reply replaced = api.put(TEAMS + "/testing-guild", "admin", "application/json; charset=UTF-8",
                GUILD.replace("Testing guild", "Test guild"));
        JsonNode listed = find(api.get(TEAMS, "admin").json(), "testing-guild");
        Api.Reply deleted = api.delete(TEAMS + "/testing-guild", "admin");
        Api.Reply again = api.delete(TEAMS + "/testing-guild", "admin");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("name").asText()).isEqualTo("Testing guild");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(listed.get("name").asText()).isEqualTo("Test guild");
        assertThat(listed.get("groups").toString()).isEqualTo("[\"quality\",\"engineering\"]");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(find(api.get(TEAMS, "admin").json(), "testing-guild")).isNull();
    }

    @Test
    void put_asUserOrAnonymous_shouldBeRefused() {
        assertThat(api.put(TEAMS + "/testing-guild", "alice", "application/json", GUILD).status()).isEqualTo(403);
        assertThat(api.put(TEAMS + "/testing-guild", null, "application/json", GUILD).status()).isEqualTo(401);
        assertThat(api.delete(TEAMS + "/eng", "bob").status()).isEqualTo(403);
        assertThat(api.delete(TEAMS + "/eng", null).status()).isEqualTo(401);
        assertThat(find(api.get(TEAMS, "admin").json(), "testing-guild")).isNull();
    }

    static JsonNode find(JsonNode teams, String key) {
        for (JsonNode t : teams.get("teams")) {
            if (t.get("key").asText().equals(key)) {
                return t;
            }
        }
        return null;
    }
}
