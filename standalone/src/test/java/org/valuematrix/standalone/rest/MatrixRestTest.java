package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.Events;
import org.valuematrix.standalone.support.TestHost;

/**
 * The value matrix over HTTP: who may read it, the answer's shape, the numbers of a month with
 * known interactions, the CSV, and bad input named by parameter.
 */
class MatrixRestTest {
    private static final String CORE = "/rest/value-matrix/1.0";
    /** A month no other test or the demo writes to. */
    private static final String MONTH = "period=month&from=2003-05-10";
    /** Another quiet month: carla (Acme, a customer) answers alice (Engineering) once. */
    private static final String JUNE = "period=month&from=2003-06-10";
    private static Api api;

    /** alice (Engineering) answers bob (Support) three times in May 2003: one new tie, then twice existing. */
    @BeforeAll
    static void knownMonth() {
        api = TestHost.shared().api();
        DemoUsers users = new DemoUsers(api);
        List<Object> events = new ArrayList<>();
        for (int day = 5; day <= 7; day++) {
            events.add(Events.event("matrix-rest-" + day, "2003-05-0" + day + "T10:00:00Z", users.key("alice"),
                    "commented", "ENG", "confluence", users.key("bob"), "Matrix test " + day));
        }
        events.add(Events.event("matrix-rest-june", "2003-06-04T10:00:00Z", users.key("carla"), "commented", "ENG",
                "confluence", users.key("alice"), "Matrix test June"));
        Api.Reply r = api.post(CORE + "/events", "admin", "application/json", Api.json(events));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void matrix_asAnonymous_shouldAnswer401() {
        assertThat(api.get(CORE + "/matrix", null).status()).isEqualTo(401);
    }

    @Test
    void matrix_asCustomer_shouldBeRefusedWithoutNamingAnyTeam() {
        Api.Reply r = api.get(CORE + "/matrix", "carla");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("errorMessages").get(0).asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("\"teams\"", "Engineering", "Globex");
    }

    @Test
    void matrix_asInternalPerson_shouldShowTheOrganisationAndTheirOwnTeamsOnly() {
        JsonNode m = api.get(CORE + "/matrix?" + MONTH, "alice").json();

        assertThat(m.get("organisation").get("key").isNull()).isTrue();
        List<String> keys = new ArrayList<>();
        m.get("teams").forEach(t -> keys.add(t.get("key").asText()));
        assertThat(keys).containsExactly("eng");
    }

    @Test
    void matrix_ofAKnownMonth_shouldCountTheCellsTiesAndPeopleAndTheWholeShape() {
        JsonNode m = api.get(CORE + "/matrix?" + MONTH + "&team=eng", "admin").json();

        assertThat(m.get("period").get("from").asText()).isEqualTo("2003-05-01");
        assertThat(m.get("period").get("to").asText()).isEqualTo("2003-05-31");
        assertThat(m.get("period").get("previous").get("from").asText()).isEqualTo("2003-04-01");
        JsonNode eng = m.get("teams").get(0);
        assertThat(eng.get("key").asText()).isEqualTo("eng");
        assertThat(cell(eng, "across", "new")).isEqualTo("1/1/2");
        assertThat(cell(eng, "across", "existing")).isEqualTo("2/1/2");
        assertThat(cell(eng, "within", "existing")).isEqualTo("0/0/0");
        assertThat(cell(m.get("organisation"), "across", "new")).isEqualTo("1/1/2");
        for (String metric : List.of("participation", "contributionRate", "eiIndex", "crossTeamReach",
                "newCrossSiloTies", "externalShare", "timeToFirstResponseHours", "cycleTimeHours")) {
            assertThat(eng.get("metrics").has(metric)).as(metric).isTrue();
        }
        assertThat(eng.get("metrics").get("newCrossSiloTies").asLong()).isEqualTo(1);
        assertThat(eng.get("metrics").get("eiIndex").asDouble()).isEqualTo(1.0);
        assertThat(eng.get("stage").asInt()).isBetween(0, 3);
        assertThat(eng.get("next").get("criteria").size()).isPositive();
        assertThat(eng.get("members").asLong()).isPositive();
    }

    @Test
    void matrixCsv_shouldHaveAHeaderAndOneRowPerUnit() {
        Api.Reply r = api.get(CORE + "/matrix.csv?" + MONTH, "alice", "text/csv");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        String[] lines = r.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("from,to,team,name,kind,members,stage,")
                .endsWith(",cycleTimeHours,timeToFirstResponse_crossedBoundary_medianHours,"
                        + "timeToFirstResponse_crossedBoundary_items,timeToFirstResponse_withinTeam_medianHours,"
                        + "timeToFirstResponse_withinTeam_items,cycleTime_crossedBoundary_medianHours,"
                        + "cycleTime_crossedBoundary_items,cycleTime_withinTeam_medianHours,cycleTime_withinTeam_items");
        assertThat(lines[2]).as("no item in the month: no medians, no items").endsWith(",,0,,0,,0,,0");
        assertThat(lines[1]).startsWith("2003-05-01,2003-05-31,,,,");
        assertThat(lines[2]).startsWith("2003-05-01,2003-05-31,eng,Engineering,internal,");
    }

    @Test
    void trend_shouldGiveOneValuePerWeek() {
        JsonNode t = api.get(CORE + "/matrix/trend?metric=newCrossSiloTies&weeks=3", "admin").json();

        assertThat(t.get("weeks").size()).isEqualTo(3);
        assertThat(t.get("weeks").get(0).has("value")).isTrue();
    }

    @Test
    void edges_ofTheKnownMonth_shouldShowEngineeringAndSupport() {
        JsonNode e = api.get(CORE + "/matrix/edges?" + MONTH, "admin").json();

        assertThat(e.get("edges").size()).isEqualTo(1);
        JsonNode edge = e.get("edges").get(0);
        assertThat(List.of(edge.get("teamA").asText(), edge.get("teamB").asText())).containsExactlyInAnyOrder("eng", "support");
        assertThat(edge.get("interactions").asLong()).isEqualTo(3);
        assertThat(edge.get("newTies").asLong()).isEqualTo(1);
    }

    @Test
    void edges_aPairWithTheViewersTeamSecond_shouldBeShownWithBothTeamsNamed() {
        JsonNode e = api.get(CORE + "/matrix/edges?" + JUNE, "alice").json();

        assertThat(e.get("edges").size()).as(e.toString()).isEqualTo(1);
        JsonNode edge = e.get("edges").get(0);
        assertThat(edge.get("teamA").asText()).as("pairs are sorted: Acme's key comes first").isEqualTo("acme");
        assertThat(edge.get("teamB").asText()).isEqualTo("eng");
        assertThat(edge.get("nameA").asText()).isEqualTo("Acme Corporation");
        assertThat(edge.get("nameB").asText()).isEqualTo("Engineering");
        assertThat(edge.get("interactions").asLong()).isEqualTo(1);
        assertThat(edge.get("newTies").asLong()).isEqualTo(1);
    }

    @Test
    void matrix_evidence_shouldSplitByBoundaryAndCompareBeforeAndAfterEachStage() {
        JsonNode m = api.get(CORE + "/matrix", "admin").json();

        List<JsonNode> units = new ArrayList<>();
        units.add(m.get("organisation"));
        m.get("teams").forEach(units::add);
        for (JsonNode u : units) {
            JsonNode evidence = u.get("evidence");
            for (String measure : List.of("timeToFirstResponse", "cycleTime")) {
                assertThat(evidence.get(measure).get("crossedBoundary").has("items")).isTrue();
                assertThat(evidence.get(measure).get("withinTeam").has("medianHours")).isTrue();
            }
            assertThat(evidence.get("beforeAfter").isArray()).as("%s", u.get("key")).isTrue();
            int previous = 0;
            for (JsonNode b : evidence.get("beforeAfter")) {
                assertThat(b.get("stage").asInt()).isGreaterThan(previous).isBetween(1, 3);
                previous = b.get("stage").asInt();
                assertThat(b.get("reached").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(b.get("weeksAfter").asInt()).isBetween(1, 12);
                for (String measure : List.of("timeToFirstResponse", "cycleTime")) {
                    JsonNode cmp = b.get(measure);
                    assertThat(cmp.get("before").has("items") && cmp.get("after").has("items")).isTrue();
                    assertThat(cmp.get("enoughData").asBoolean()).isEqualTo(cmp.get("before").get("items").asLong() >= 20
                            && cmp.get("after").get("items").asLong() >= 20);
                    assertThat(cmp.get("differenceHours").isNull()).isEqualTo(!cmp.get("enoughData").asBoolean());
                }
            }
        }
        assertThat(units).as("the demo's year: some unit first reached a stage in it")
                .anySatisfy(u -> assertThat(u.get("evidence").get("beforeAfter").size()).isPositive());
    }

    @Test
    void trendAndStages_shouldCoverTheSameWeeks() {
        JsonNode stages = api.get(CORE + "/matrix/stages?weeks=6", "alice").json();
        List<String> weeks = new ArrayList<>();
        stages.get("weeks").forEach(w -> weeks.add(w.get("from").asText() + ".." + w.get("to").asText()));

        assertThat(weeks).hasSize(6);
        assertThat(stages.get("weeks").get(0).get("teams").has("eng")).isTrue();
        for (String metric : List.of("participation", "eiIndex", "timeToFirstResponseHours")) {
            JsonNode trend = api.get(CORE + "/matrix/trend?team=eng&weeks=6&metric=" + metric, "alice").json();
            List<String> trendWeeks = new ArrayList<>();
            trend.get("weeks").forEach(w -> {
                trendWeeks.add(w.get("from").asText() + ".." + w.get("to").asText());
                assertThat(w.get("value").isNull() || w.get("value").isNumber()).as(metric).isTrue();
            });
            assertThat(trendWeeks).as(metric).isEqualTo(weeks);
        }
    }

    @Test
    void badInput_shouldAnswer400NamingEachParameter() {
        assertThat(errors(CORE + "/matrix?period=fortnight&from=2003-13-01")).containsOnlyKeys("period", "from");
        assertThat(errors(CORE + "/matrix?from=2003-05-10&to=2003-05-01")).containsOnlyKeys("to");
        assertThat(errors(CORE + "/matrix?team=no-such-team")).containsOnlyKeys("team");
        assertThat(errors(CORE + "/matrix/trend?metric=happiness&weeks=0")).containsOnlyKeys("metric", "weeks");
        assertThat(errors(CORE + "/matrix/stages?weeks=157")).containsOnlyKeys("weeks");
    }

    @Test
    void team_ofAnotherTeam_asInternalPerson_shouldAnswerAsAnUnknownTeam() {
        Api.Reply other = api.get(CORE + "/matrix?team=support", "alice");
        Api.Reply none = api.get(CORE + "/matrix?team=no-such-team", "alice");

        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body()).isEqualTo(none.body());
    }

    @Test
    void settings_shouldBeForAdministratorsAndNameEveryBadField() {
        assertThat(api.get(CORE + "/settings", "alice").status()).isEqualTo(403);
        Api.Reply bad = api.put(CORE + "/settings", "admin", "application/json",
                Api.json(Map.of("eiIndex", 3, "minimumTeamSize", -1)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").has("eiIndex")).isTrue();
        assertThat(bad.json().get("errors").has("minimumTeamSize")).isTrue();
        Api.Reply unknownTeam = api.put(CORE + "/settings", "admin", "application/json",
                Api.json(Map.of("targets", Map.of("no-such-team", Map.of("stage", 2, "by", "2030-01-01")))));
        assertThat(unknownTeam.status()).as(unknownTeam.body()).isEqualTo(400);
        assertThat(unknownTeam.json().get("errors").has("targets.no-such-team")).isTrue();
    }

    @Test
    void settings_withATarget_shouldShowItsStatusOnTheTeam() {
        JsonNode defaults = api.get(CORE + "/settings", "admin").json();
        try {
            Api.Reply saved = api.put(CORE + "/settings", "admin", "application/json",
                    Api.json(Map.of("targets", Map.of("eng", Map.of("stage", 3, "by", "2001-01-01")))));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);

            JsonNode eng = api.get(CORE + "/matrix?team=eng", "admin").json().get("teams").get(0);
            JsonNode target = eng.get("target");
            assertThat(target.get("stage").asInt()).isEqualTo(3);
            assertThat(target.get("status").asText()).isIn("onTrack", "offTrack");
        } finally {
            api.put(CORE + "/settings", "admin", "application/json", Api.json(defaults));
        }
    }

    private static String cell(JsonNode unit, String scope, String novelty) {
        for (JsonNode c : unit.get("cells")) {
            if (c.get("scope").asText().equals(scope) && c.get("novelty").asText().equals(novelty)) {
                return c.get("interactions").asLong() + "/" + c.get("ties").asLong() + "/" + c.get("people").asLong();
            }
        }
        throw new AssertionError("no cell " + scope + "/" + novelty);
    }

    private static Map<String, Object> errors(String path) {
        Api.Reply r = api.get(path, "admin");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return Api.parse(r.body()).get("errors").isObject()
                ? new com.fasterxml.jackson.databind.ObjectMapper().convertValue(r.json().get("errors"), Map.class)
                : Map.of();
    }
}
