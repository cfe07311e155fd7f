package org.valuematrix.team.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;
import static org.valuematrix.testing.RestResults.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuematrix.activity.Scope;
import org.valuematrix.team.Team;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.RestResults;
import org.valuematrix.testing.TestHost;

/** {@code /teams}: anyone signed in reads; administrators define, replace and delete teams. */
class TeamsResourceTest {
    private static final String JSON = "application/json";

    private final TestHost host = TestHost.onH2().standard();
    private final TeamsResource target = host.vm().teamsResource();

    @AfterEach
    void close() {
        host.close();
    }

    private Response put(String user, String key, String body) {
        return target.put(user == null ? Requests.anonymous() : Requests.as(user), key, JSON, Requests.body(body));
    }

    @Test
    void list_asAdmin_shouldShowEveryTeamInTheAdminsOrderWithItsGroups() {
        Response r = target.list(Requests.as("admin"));

        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode teams = json(r).get("teams");
        assertThat(teams).extracting(t -> t.get("key").asText()).containsExactly("eng", "support", "acme", "partnerco");
        assertThat(teams.get(2).get("kind").asText()).isEqualTo("customer");
        assertThat(teams.get(0).get("groups").get(0).asText()).isEqualTo("eng");
        assertThat(teams.get(0).get("position").asInt()).isZero();
    }

    @Test
    void list_asInternalUser_shouldShowEveryTeamWithoutItsGroups() {
        JsonNode teams = json(target.list(Requests.as("vic"))).get("teams");

        assertThat(teams).extracting(t -> t.get("key").asText()).containsExactly("eng", "support", "acme", "partnerco");
        assertThat(teams.get(3).get("name").asText()).isEqualTo("PartnerCo");
        assertThat(teams).allSatisfy(t -> assertThat(t.has("groups")).as("groups of %s", t).isFalse());
        assertThat(teams).allSatisfy(t -> assertThat(t.has("position")).as("position of %s", t).isFalse());
    }

    @Test
    void list_asCustomer_shouldShowInternalTeamsAndTheirOwnOnly() {
        Response r = target.list(Requests.as("dora"));

        assertThat(keys(json(r))).containsExactly("eng", "support", "acme");
        assertThat(RestResults.body(r)).doesNotContain("partnerco").doesNotContain("PartnerCo").doesNotContain("\"groups\"");
    }

    @Test
    void list_asPartner_shouldNotShowTheCustomer() {
        assertThat(keys(json(target.list(Requests.as("pat"))))).containsExactly("eng", "support", "partnerco");
    }

    @Test
    void list_anonymous_shouldAnswer401() {
        assertThat(target.list(Requests.anonymous()).getStatus()).isEqualTo(401);
    }

    @Test
    void put_newTeam_shouldAnswer201AndTakeEffectForClassification() {
        Response r = put("admin", "ops", "{\"name\":\"Operations <Ops>\",\"kind\":\"internal\",\"groups\":[\"staff\"],\"position\":0}");

        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(json(r).get("name").asText()).isEqualTo("Operations <Ops>");
        host.ingest(interaction("eve", "vic").sourceId("after").in("OPEN").build());
        JsonNode item = json(host.vm().streamResource().get(Requests.as("vic"), org.valuematrix.testing.UriInfos.query(""),
                null)).get("items").get(0);
        assertThat(item.get("scope").asText()).as("eve and vic now share home team ops").isEqualTo(Scope.WITHIN.wire());
        assertThat(item.get("actorTeam").get("key").asText()).isEqualTo("ops");
    }

    @Test
    void put_existingTeam_shouldAnswer200AndReplaceIt() {
        Response r = put("admin", "eng", "{\"name\":\"Eng\",\"kind\":\"partner\",\"groups\":[\"eng\",\"eng-contractors\"]}");

        assertThat(r.getStatus()).isEqualTo(200);
        Team eng = host.vm().teamStore().byKey("eng").orElseThrow();
        assertThat(eng.name()).isEqualTo("Eng");
        assertThat(eng.groups()).containsExactly("eng", "eng-contractors");
        assertThat(eng.position()).isZero();
    }

    @Test
    void put_duplicateGroups_shouldBeStoredOnce() {
        put("admin", "qa", "{\"name\":\"QA\",\"kind\":\"internal\",\"groups\":[\"qa\",\"qa\",\"test\"]}");

        assertThat(host.vm().teamStore().byKey("qa").orElseThrow().groups()).containsExactly("qa", "test");
    }

    @Test
    void put_nonAdmin_shouldAnswer403AndChangeNothing() {
        Response r = put("ann", "eng", "{\"name\":\"Mine\",\"kind\":\"internal\",\"groups\":[\"eng\"]}");

        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(put(null, "eng", "{}").getStatus()).isEqualTo(401);
        assertThat(host.vm().teamStore().byKey("eng").orElseThrow().name()).isEqualTo("Engineering");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "key      | Bad Key    | {\"name\":\"X\",\"kind\":\"internal\",\"groups\":[\"g\"]}",
        "key      | -lead      | {\"name\":\"X\",\"kind\":\"internal\",\"groups\":[\"g\"]}",
        "name     | ok         | {\"kind\":\"internal\",\"groups\":[\"g\"]}",
        "name     | ok         | {\"name\":\"   \",\"kind\":\"internal\",\"groups\":[\"g\"]}",
        "kind     | ok         | {\"name\":\"X\",\"kind\":\"vendor\",\"groups\":[\"g\"]}",
        "kind     | ok         | {\"name\":\"X\",\"groups\":[\"g\"]}",
        "groups   | ok         | {\"name\":\"X\",\"kind\":\"internal\",\"groups\":[]}",
        "groups   | ok         | {\"name\":\"X\",\"kind\":\"internal\",\"groups\":\"g\"}",
        "groups   | ok         | {\"name\":\"X\",\"kind\":\"internal\",\"groups\":[\" \"]}",
        "groups   | ok         | {\"name\":\"X\",\"kind\":\"internal\",\"groups\":[7]}",
        "position | ok         | {\"name\":\"X\",\"kind\":\"internal\",\"groups\":[\"g\"],\"position\":-1}",
        "position | ok         | {\"name\":\"X\",\"kind\":\"internal\",\"groups\":[\"g\"],\"position\":\"3\"}",
        "position | ok         | {\"name\":\"X\",\"kind\":\"internal\",\"groups\":[\"g\"],\"position\":1e12}",
        "body     | ok         | [1,2]",
        "body     | ok         | {\"name\":",
        "body     | ok         | ''",
    })
    void put_badInput_shouldAnswer400NamingTheField(String field, String key, String body) {
        Response r = put("admin", key, body);

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json(r).get("errors").has(field)).as(json(r).toString()).isTrue();
        assertThat(host.vm().teamStore().all()).hasSize(4);
    }

    @Test
    void put_severalProblems_shouldNameThemAll() {
        JsonNode errors = json(put("admin", "ok", "{\"name\":\"\",\"kind\":\"x\",\"groups\":[]}")).get("errors");

        assertThat(errors.has("name")).isTrue();
        assertThat(errors.has("kind")).isTrue();
        assertThat(errors.has("groups")).isTrue();
    }

    @Test
    void put_nulCharacters_shouldAnswer400EvenWherePostgreSqlCouldNotStoreThem() {
        try (TestHost pg = new TestHost(org.valuematrix.testing.TestDatabase.postgres()).standard()) {
            TeamsResource onPostgres = pg.vm().teamsResource();

            Response name = onPostgres.put(Requests.as("admin"), "nul", JSON,
                    Requests.body("{\"name\":\"A\\u0000B\",\"kind\":\"internal\",\"groups\":[\"g\"]}"));
            Response group = onPostgres.put(Requests.as("admin"), "nul", JSON,
                    Requests.body("{\"name\":\"AB\",\"kind\":\"internal\",\"groups\":[\"g\\u0000\"]}"));

            assertThat(name.getStatus()).isEqualTo(400);
            assertThat(json(name).get("errors").has("name")).isTrue();
            assertThat(group.getStatus()).isEqualTo(400);
            assertThat(json(group).get("errors").has("groups")).isTrue();
            assertThat(onPostgres.delete(Requests.as("admin"), "a\u0000b").getStatus()).as("no team has that key")
                    .isEqualTo(404);
        }
    }

    @Test
    void put_formContentType_shouldBeRefused() {
        Response r = target.put(Requests.as("admin"), "ops", "application/x-www-form-urlencoded",
                Requests.body("{\"name\":\"X\",\"kind\":\"internal\",\"groups\":[\"g\"]}"));

        assertThat(r.getStatus()).isEqualTo(415);
        assertThat(json(r).get("errors").has("Content-Type")).isTrue();
        assertThat(host.vm().teamStore().byKey("ops")).isEmpty();
    }

    @Test
    void delete_shouldAnswer204ThenUnknownTeamsAnswer404() {
        assertThat(target.delete(Requests.as("admin"), "acme").getStatus()).isEqualTo(204);
        assertThat(host.vm().teamStore().byKey("acme")).isEmpty();
        assertThat(host.vm().teamStore().containerOwners()).doesNotContainKey("ACME");

        Response again = target.delete(Requests.as("admin"), "acme");
        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(json(again).get("errorMessages").get(0).asText()).contains("acme");
    }

    @Test
    void delete_nonAdmin_shouldAnswer403() {
        assertThat(target.delete(Requests.as("ann"), "eng").getStatus()).isEqualTo(403);
        assertThat(target.delete(Requests.anonymous(), "eng").getStatus()).isEqualTo(401);
        assertThat(host.vm().teamStore().byKey("eng")).isPresent();
    }

    private static List<String> keys(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("teams").forEach(t -> out.add(t.get("key").asText()));
        return out;
    }
}
