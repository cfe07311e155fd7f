package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
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
 * Over HTTP, a customer (carla, of Acme) sees internal teams and her own organisation only —
 * never Globex, Initech or Northwind, never a host group — and what she may not view answers
 * byte for byte as what does not exist.
 */
class CustomerSeparationRestTest {
    private static final String CORE = "/rest/value-matrix/1.0";
    private static final String HOST = "/rest/standalone/1.0";
    private static final String TITLE = "Shared onboarding question " + System.nanoTime();
    /** Names, keys and groups of the other customers and the partner, and the groups of Acme. */
    private static final List<String> OTHERS = List.of("globex", "Globex", "initech", "Initech", "northwind",
            "Northwind", "customer-acme", "\"groups\"");
    private static Api api;
    private static DemoUsers users;
    private static String globexPerson;
    private static String supportPerson;

    /** A Globex person comments in Acme's space on a page of Support's: carla sees the entry. */
    @BeforeAll
    static void crossCustomerEntry() {
        api = TestHost.shared().api();
        users = new DemoUsers(api);
        globexPerson = users.memberOf("customer-globex");
        supportPerson = users.memberOf("support");
        Api.Reply r = api.post(CORE + "/events", "admin", "application/json", Api.json(List.of(Events.event(
                "separation-" + System.nanoTime(), Instant.now().toString(), users.key(globexPerson), "commented", "ACME",
                "confluence", users.key(supportPerson), TITLE))));
        assertThat(r.json().get("stored").asInt()).as(r.body()).isEqualTo(1);
    }

    @Test
    void teams_asCustomer_shouldListInternalTeamsAndTheirOwnOnly() {
        Api.Reply r = api.get(CORE + "/teams", "carla");

        assertThat(r.status()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        r.json().get("teams").forEach(t -> keys.add(t.get("key").asText()));
        assertThat(keys).contains("eng", "support", "acme").doesNotContain("globex", "initech", "northwind");
        assertNoneOf(r.body());
    }

    @Test
    void stream_asCustomer_shouldShowAnotherCustomersPersonWithoutTheirTeam() {
        JsonNode mine = item(api.get(CORE + "/stream?limit=200&container=ACME", "carla").json());
        JsonNode staff = item(api.get(CORE + "/stream?limit=200&container=ACME", "bob").json());

        assertThat(mine.get("actor").get("key").asText()).isEqualTo(users.key(globexPerson));
        assertThat(mine.get("actorTeam").isNull()).as(mine.toString()).isTrue();
        assertThat(mine.get("counterpartTeam").get("key").asText()).isEqualTo("support");
        assertThat(staff.get("actorTeam").get("name").asText()).as("internal people see every team").isEqualTo("Globex");
        for (String accept : new String[] {"application/json", "application/activity+json", "application/atom+xml"}) {
            String path = CORE + ("application/atom+xml".equals(accept) ? "/stream.atom" : "/stream") + "?limit=200";
            Api.Reply r = api.get(path, "carla", accept);
            assertThat(r.status()).as(accept).isEqualTo(200);
            assertThat(r.body()).as(accept).contains(TITLE);
            assertNoneOf(r.body());
        }
    }

    @Test
    void streamFilter_onAnotherCustomer_shouldAnswerExactlyAsAnUnknownTeam() {
        for (String path : new String[] {"/stream?team=", "/stream.atom?team="}) {
            for (String other : new String[] {"globex", "initech", "northwind"}) {
                Api.Reply hidden = api.get(CORE + path + other, "carla");
                Api.Reply unknown = api.get(CORE + path + "no-such-team", "carla");

                assertThat(hidden.status()).as(path + other).isEqualTo(unknown.status()).isEqualTo(400);
                assertThat(hidden.body()).isEqualTo(unknown.body().replace("no-such-team", other));
            }
        }
        assertThat(api.get(CORE + "/stream?team=acme", "carla").status()).isEqualTo(200);
    }

    @Test
    void contentActions_onWhatTheViewerMayNotView_shouldAnswerExactlyAsWhatDoesNotExist() {
        Api.Reply page = api.post(HOST + "/containers/GLOBEX/content", globexPerson, "application/json",
                Api.json(Map.of("title", "Globex onboarding plan")));
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        long id = page.json().get("id").asLong();
        String comment = Api.json(Map.of("body", "Hello"));

        assertSame(api.post(HOST + "/content/" + id + "/comments", "carla", "application/json", comment),
                api.post(HOST + "/content/999999999/comments", "carla", "application/json", comment), 404);
        assertSame(api.post(HOST + "/content/" + id + "/comments", "carla", "application/json", "{\"body\":\" \"}"),
                api.post(HOST + "/content/999999999/comments", "carla", "application/json", "{\"body\":\" \"}"), 404);
        assertSame(api.post(HOST + "/containers/GLOBEX/content", "carla", "application/json", "{\"title\":\"x\"}"),
                api.post(HOST + "/containers/NOSUCHKEY/content", "carla", "application/json", "{\"title\":\"x\"}"), 404);
        assertSame(api.post(HOST + "/containers/PROD/content", "carla", "application/json", "{\"title\":\"\"}"),
                api.post(HOST + "/containers/NOSUCHKEY/content", "carla", "application/json", "{\"title\":\"\"}"), 404);
        assertSame(api.get(CORE + "/stream?container=GLOBEX", "carla"), api.get(CORE + "/stream?container=NOSUCHKEY",
                "carla"), 200);
        assertThat(api.post(HOST + "/content/" + id + "/comments", supportPerson, "application/json", comment).status())
                .as("staff who may view GLOBEX may comment").isEqualTo(201);
    }

    private static void assertSame(Api.Reply hidden, Api.Reply missing, int status) {
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(missing.status()).isEqualTo(status);
        assertThat(hidden.body()).isEqualTo(missing.body());
        assertNoneOf(hidden.body());
        assertThat(hidden.body()).doesNotContain("GLOBEX").doesNotContain("PROD").doesNotContain("You may not");
    }

    private static JsonNode item(JsonNode page) {
        for (JsonNode i : page.get("items")) {
            if (i.get("object").get("title").asText().equals(TITLE)) {
                return i;
            }
        }
        throw new AssertionError("no entry titled " + TITLE + " in " + page);
    }

    private static void assertNoneOf(String body) {
        for (String other : OTHERS) {
            assertThat(body).as("names %s", other).doesNotContain(other);
        }
    }
}
