package org.valuematrix.team.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.RestResults.json;

import com.fasterxml.jackson.databind.JsonNode;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.TestHost;

/** {@code /containers}: administrators map spaces and projects to owning teams. */
class ContainersResourceTest {
    private static final String JSON = "application/json";

    private final TestHost host = TestHost.onH2().standard();
    private final ContainersResource target = host.vm().containersResource();

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void list_shouldShowEveryContainerWithItsOwner() {
        Response r = target.list(Requests.as("admin"));

        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode containers = json(r).get("containers");
        assertThat(containers).extracting(c -> c.get("key").asText()).containsExactly("ENG", "SUP", "ACME", "OPEN");
        assertThat(containers.get(1).get("owner").asText()).isEqualTo("support");
        assertThat(containers.get(1).get("product").asText()).isEqualTo("jira");
        assertThat(containers.get(3).get("owner").isNull()).isTrue();
    }

    @Test
    void list_nonAdmin_shouldAnswer403() {
        assertThat(target.list(Requests.as("vic")).getStatus()).isEqualTo(403);
        assertThat(target.list(Requests.anonymous()).getStatus()).isEqualTo(401);
    }

    @Test
    void setOwner_shouldMapAndUnmap() {
        Response mapped = target.setOwner(Requests.as("admin"), "OPEN", JSON, Requests.body("{\"team\":\"eng\"}"));
        assertThat(mapped.getStatus()).isEqualTo(200);
        assertThat(json(mapped).get("owner").asText()).isEqualTo("eng");
        assertThat(host.vm().teamCatalog().owner("OPEN").orElseThrow().key()).isEqualTo("eng");

        Response unmapped = target.setOwner(Requests.as("admin"), "ENG", JSON, Requests.body("{\"team\":null}"));
        assertThat(unmapped.getStatus()).isEqualTo(200);
        assertThat(host.vm().teamCatalog().owner("ENG")).isEmpty();
    }

    @Test
    void setOwner_unknownContainer_shouldAnswer404() {
        assertThat(target.setOwner(Requests.as("admin"), "NOPE", JSON, Requests.body("{\"team\":\"eng\"}")).getStatus())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"team\":\"nobody\"}", "{\"team\":7}", "{}", "[\"eng\"]"})
    void setOwner_badTeam_shouldAnswer400NamingTeam(String body) {
        Response r = target.setOwner(Requests.as("admin"), "OPEN", JSON, Requests.body(body));

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json(r).get("errors").has("team")).isTrue();
        assertThat(host.vm().teamStore().containerOwners()).doesNotContainKey("OPEN");
    }

    @Test
    void setOwner_malformedJsonOrForm_shouldAnswer400Or415() {
        Response malformed = target.setOwner(Requests.as("admin"), "OPEN", JSON, Requests.body("{team:"));
        Response form = target.setOwner(Requests.as("admin"), "OPEN", "text/plain", Requests.body("{\"team\":\"eng\"}"));

        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(json(malformed).get("errors").has("body")).isTrue();
        assertThat(form.getStatus()).isEqualTo(415);
        assertThat(json(form).get("errors").has("Content-Type")).isTrue();
    }

    @Test
    void setOwner_nonAdmin_shouldAnswer403AndChangeNothing() {
        assertThat(target.setOwner(Requests.as("ann"), "OPEN", JSON, Requests.body("{\"team\":\"eng\"}")).getStatus())
                .isEqualTo(403);
        assertThat(host.vm().teamStore().containerOwners()).doesNotContainKey("OPEN");
    }
}
