package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.Events;
import org.valuematrix.standalone.support.TestHost;

/**
 * The Teams page's resources over HTTP, on a host of their own (they redefine teams): the group
 * picker's search, the teams with member counts and warnings, the home-team order, and the Get
 * started checklist that follows them; administrators only, bad input named by field.
 */
class AdminTeamsRestTest {
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
    void adminResources_asAnonymous_shouldAnswer401_andAsAnInternalPerson403() {
        for (String path : List.of("/groups?q=s", "/admin/teams", "/admin/setup", "/admin/health")) {
            assertThat(api.get(CORE + path, null).status()).as(path).isEqualTo(401);
            assertThat(api.get(CORE + path, "alice").status()).as(path).isEqualTo(403);
        }
        assertThat(api.put(CORE + "/admin/teams/order", "alice", "application/json", "{\"order\":[]}").status())
                .isEqualTo(403);
    }

    @Test
    void groupSearch_shouldFindGroupsContainingTheQueryWithTheirMemberCounts() {
        JsonNode groups = api.get(CORE + "/groups?q=SUPP&limit=5", "admin").json().get("groups");

        List<String> names = new ArrayList<>();
        groups.forEach(g -> names.add(g.get("name").asText()));
        assertThat(names).contains("support").allMatch(n -> n.toLowerCase().contains("supp"));
        JsonNode support = find(groups, "name", "support");
        JsonNode team = find(api.get(CORE + "/admin/teams", "admin").json().get("teams"), "key", "support");
        assertThat(support.get("members").asInt()).isPositive().isEqualTo(team.get("members").asInt());
        assertThat(api.get(CORE + "/groups?q=&limit=3", "admin").json().get("groups")).hasSize(3);
    }

    @Test
    void groupSearch_withBadParameters_shouldAnswer400NamingThem() {
        Api.Reply limit = api.get(CORE + "/groups?q=s&limit=0", "admin");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.json().get("errors").has("limit")).isTrue();
        Api.Reply query = api.get(CORE + "/groups?q=" + "x".repeat(300), "admin");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.json().get("errors").has("q")).isTrue();
    }

    @Test
    void aCustomerTeamMadeOfAnInternalGroup_shouldBeWarnedAbout_andTheWarningsShouldGoWithIt() {
        Api.Reply made = api.put(CORE + "/teams/mixed", "admin", "application/json",
                "{\"name\":\"Mixed customer\",\"kind\":\"customer\",\"groups\":[\"customer-globex\",\"support\"]}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);

        JsonNode warnings = api.get(CORE + "/admin/teams", "admin").json().get("warnings");
        assertThat(types(warnings)).contains("sharedGroup", "internalInExternal");
        assertThat(warnings.toString()).contains("support", "Mixed customer", "Customer Support");

        assertThat(api.delete(CORE + "/teams/mixed", "admin").status()).isEqualTo(204);
        assertThat(types(api.get(CORE + "/admin/teams", "admin").json().get("warnings")))
                .doesNotContain("sharedGroup", "internalInExternal");
    }

    @Test
    void someoneActiveInNoTeam_shouldBeWarnedAbout() {
        String today = Instant.now().toString();
        Api.Reply stored = api.post(CORE + "/events", "admin", "application/json", Api.json(List.of(
                Events.event("no-team-1", today, "0-drifter-no-team", "created", "ENG", "confluence", null, "Lost"))));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);

        JsonNode warnings = api.get(CORE + "/admin/teams", "admin").json().get("warnings");

        assertThat(types(warnings)).contains("noTeam");
        assertThat(find(warnings, "type", "noTeam").get("text").asText()).contains("0-drifter-no-team");
    }

    @Test
    void order_shouldMakeTheFirstTeamTheHomeTeam_andRefuseAnIncompleteOrderWritingNothing() {
        List<String> before = keys(api.get(CORE + "/admin/teams", "admin").json().get("teams"));
        List<String> reversed = new ArrayList<>(before);
        Collections.reverse(reversed);

        Api.Reply incomplete = api.put(CORE + "/admin/teams/order", "admin", "application/json",
                Api.json(java.util.Map.of("order", reversed.subList(1, reversed.size()))));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("errors").has("order")).isTrue();
        assertThat(keys(api.get(CORE + "/admin/teams", "admin").json().get("teams"))).isEqualTo(before);
        assertThat(api.put(CORE + "/admin/teams/order", "admin", "text/plain", "{}").status()).isEqualTo(415);

        Api.Reply saved = api.put(CORE + "/admin/teams/order", "admin", "application/json",
                Api.json(java.util.Map.of("order", reversed)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(keys(saved.json().get("teams"))).isEqualTo(reversed);
        assertThat(keys(api.get(CORE + "/teams", "admin").json().get("teams"))).isEqualTo(reversed);

        api.put(CORE + "/admin/teams/order", "admin", "application/json", Api.json(java.util.Map.of("order", before)));
    }

    @Test
    void setup_shouldFollowTheTeamsAndTheContainersMapping() {
        JsonNode before = api.get(CORE + "/admin/setup", "admin").json();
        JsonNode teams = find(before.get("steps"), "id", "teams");
        JsonNode containers = find(before.get("steps"), "id", "containers");
        assertThat(teams.get("done").asBoolean()).isTrue();
        assertThat(teams.get("count").asInt()).isGreaterThanOrEqualTo(16);
        int total = containers.get("total").asInt();
        assertThat(total).isPositive();

        String owner = api.get(CORE + "/containers", "admin").json().get("containers").get(0).get("owner").asText();
        String key = api.get(CORE + "/containers", "admin").json().get("containers").get(0).get("key").asText();
        api.put(CORE + "/containers/" + key + "/owner", "admin", "application/json", "{\"team\":null}");
        try {
            JsonNode after = find(api.get(CORE + "/admin/setup", "admin").json().get("steps"), "id", "containers");
            assertThat(after.get("done").asBoolean()).isFalse();
            assertThat(after.get("count").asInt()).isEqualTo(containers.get("count").asInt() - 1);
            assertThat(after.get("total").asInt()).isEqualTo(total);
        } finally {
            api.put(CORE + "/containers/" + key + "/owner", "admin", "application/json",
                    "{\"team\":\"" + owner + "\"}");
        }
    }

    @Test
    void setup_historyStep_shouldTurnDoneOnceAnImportFinished() throws InterruptedException {
        JsonNode before = api.get(CORE + "/admin/setup", "admin").json();
        JsonNode history = find(before.get("steps"), "id", "history");
        List<String> ids = new ArrayList<>();
        before.get("steps").forEach(s -> ids.add(s.get("id").asText()));
        assertThat(ids).containsExactly("teams", "containers", "history", "matrix");
        assertThat(history.get("done").asBoolean()).isFalse();
        assertThat(history.get("state").asText()).isEqualTo("never");

        Api.Reply started = api.post(CORE + "/admin/history-import", "admin", "application/json", "{\"pauseMillis\":0}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode imported = awaitImportDone();

        JsonNode after = api.get(CORE + "/admin/setup", "admin").json();
        JsonNode step = find(after.get("steps"), "id", "history");
        assertThat(step.get("done").asBoolean()).isTrue();
        assertThat(step.get("state").asText()).isEqualTo("done");
        assertThat(step.get("count").asLong()).isEqualTo(imported.get("items").asLong());
        assertThat(step.get("total").asLong()).isEqualTo(imported.get("itemsTotal").asLong());
        assertThat(before.get("open").asInt()).as("the open history step counted").isEqualTo(othersOpen(before) + 1);
        assertThat(after.get("open").asInt()).isEqualTo(othersOpen(after));
    }

    private static int othersOpen(JsonNode setup) {
        int open = 0;
        for (JsonNode s : setup.get("steps")) {
            if (!"history".equals(s.get("id").asText()) && !s.get("done").asBoolean()) {
                open++;
            }
        }
        return open;
    }

    private static JsonNode awaitImportDone() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode status = api.get(CORE + "/admin/history-import", "admin").json();
            String state = status.get("state").asText();
            if ("done".equals(state)) {
                return status;
            }
            assertThat(state).as(status.toString()).isIn("queued", "running");
            assertThat(System.currentTimeMillis()).as("the import finishes").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void health_shouldReportTheQueueEventsPerDayEveryJobAndTheRowsOfEveryTable() {
        JsonNode health = api.get(CORE + "/admin/health", "admin").json();

        assertThat(health.get("capture").get("queued").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(health.get("capture").has("dropped")).isTrue();
        assertThat(health.get("eventsPerDay")).hasSize(14);
        assertThat(health.get("eventsPerDay").get(0).get("day").asText())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        List<String> jobs = new ArrayList<>();
        health.get("jobs").forEach(j -> jobs.add(j.get("key").asText()));
        assertThat(jobs).containsExactly("org.valuematrix.value-matrix:purge-visible-sets",
                "org.valuematrix.value-matrix:rollup-rebuild");
        assertThat(health.get("rebuild").get("state").asText()).isNotBlank();
        JsonNode events = find(health.get("tables"), "table", "EVENT");
        assertThat(events.get("rows").asLong()).isGreaterThanOrEqualTo(TestHost.DEMO_EVENTS);
        assertThat(find(health.get("tables"), "table", "MX_JOB_RUN").get("rows").asInt()).isGreaterThanOrEqualTo(0);
    }

    private static List<String> types(JsonNode warnings) {
        List<String> out = new ArrayList<>();
        warnings.forEach(w -> out.add(w.get("type").asText()));
        return out;
    }

    private static List<String> keys(JsonNode teams) {
        List<String> out = new ArrayList<>();
        teams.forEach(t -> out.add(t.get("key").asText()));
        return out;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
