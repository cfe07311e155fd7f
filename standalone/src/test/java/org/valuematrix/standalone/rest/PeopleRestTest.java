package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.TestHost;

/**
 * {@code GET /people} over HTTP: logged-in people find others by user name or by any word of
 * their name, in exactly the shape pickers build on; a customer finds internal people and her own
 * organisation's, never another customer's or the partner's; and {@code actor=} on the stream
 * takes a user name as well as a key, and names an unknown person instead of answering an empty
 * list.
 */
class PeopleRestTest {
    private static final String PEOPLE = "/rest/value-matrix/1.0/people";
    private static final String STREAM = "/rest/value-matrix/1.0/stream";
    private static Api api;
    private static DemoUsers users;

    @BeforeAll
    static void host() {
        api = TestHost.shared().api();
        users = new DemoUsers(api);
    }

    @Test
    void find_byFirstNameLastNameOrUserName_shouldAnswerKeyUsernameAndDisplayName() {
        for (String q : new String[] {"sam", "Sam", "okoro", "Sam Okoro"}) {
            Api.Reply r = api.get(PEOPLE + "?q=" + Api.encode(q), "alice");

            assertThat(r.status()).as(q).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            JsonNode sam = first(r.json(), "sam");
            assertThat(sam).as("%s finds sam in %s", q, r.body()).isNotNull();
            List<String> fields = new ArrayList<>();
            sam.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("key", "username", "displayName");
            assertThat(sam.get("key").asText()).isEqualTo(users.key("sam"));
            assertThat(sam.get("displayName").asText()).isEqualTo("Sam Okoro");
        }
    }

    @Test
    void find_shouldKeepToTheLimitAndPutTheExactUserNameFirst() {
        Api.Reply r = api.get(PEOPLE + "?q=a&limit=3", "alice");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("people")).hasSize(3);
        assertThat(api.get(PEOPLE + "?q=alice", "bob").json().get("people").get(0).get("username").asText())
                .isEqualTo("alice");
        assertThat(api.get(PEOPLE + "?q=zzzqqq", "bob").json().get("people")).isEmpty();
    }

    @Test
    void find_anonymous_shouldBe401WithAChallenge() {
        Api.Reply r = api.get(PEOPLE + "?q=sam", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(r.body()).doesNotContain("Okoro");
    }

    @Test
    void find_withBadParameters_shouldBe400NamingEach() {
        Api.Reply missing = api.get(PEOPLE, "alice");
        Api.Reply both = api.get(PEOPLE + "?q=&limit=0", "alice");
        Api.Reply long_ = api.get(PEOPLE + "?q=" + "x".repeat(101) + "&limit=abc", "alice");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").has("q")).as(missing.body()).isTrue();
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").has("q")).isTrue();
        assertThat(both.json().get("errors").has("limit")).as(both.body()).isTrue();
        assertThat(long_.json().get("errors").has("q")).isTrue();
        assertThat(long_.json().get("errors").has("limit")).isTrue();
    }

    @Test
    void find_asCustomer_shouldFindInternalPeopleAndHerOwnOrganisationOnly() {
        String globex = users.memberOf("customer-globex");
        String acme = users.memberOfExcept("customer-acme", "carla");
        String partner = users.memberOf(partnerGroup());

        assertThat(first(api.get(PEOPLE + "?q=sam", "carla").json(), "sam")).as("an internal person").isNotNull();
        assertThat(first(api.get(PEOPLE + "?q=" + acme, "carla").json(), acme)).as("her colleague").isNotNull();
        for (String other : new String[] {globex, partner}) {
            String name = users.user(other).get("displayName").asText();
            for (String q : new String[] {other, name, name.split(" ")[1]}) {
                Api.Reply r = api.get(PEOPLE + "?q=" + Api.encode(q) + "&limit=50", "carla");
                assertThat(r.status()).isEqualTo(200);
                assertThat(first(r.json(), other)).as("carla searching '%s' finds %s", q, other).isNull();
                assertThat(r.body()).doesNotContain(users.key(other));
            }
            assertThat(first(api.get(PEOPLE + "?q=" + other, "bob").json(), other))
                    .as("internal people find %s", other).isNotNull();
        }
    }

    @Test
    void streamActor_byUserNameOrKey_shouldFilterToThatPerson() {
        String key = users.key("sam");
        JsonNode byName = api.get(STREAM + "?actor=sam&limit=50", "alice").json().get("items");
        JsonNode byKey = api.get(STREAM + "?actor=" + key + "&limit=50", "alice").json().get("items");

        assertThat(byName).isNotEmpty();
        assertThat(byName.toString()).isEqualTo(byKey.toString());
        byName.forEach(item -> assertThat(item.get("actor").get("key").asText()).isEqualTo(key));
    }

    @Test
    void streamActor_unknownOrHidden_shouldBe400NamingThePerson() {
        Api.Reply unknown = api.get(STREAM + "?actor=nobody-here", "alice");
        String globex = users.memberOf("customer-globex");
        Api.Reply hidden = api.get(STREAM + "?actor=" + globex, "carla");
        Api.Reply absent = api.get(STREAM + "?actor=nobody-" + globex, "carla");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get("actor").asText()).contains("nobody-here");
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.json().get("errors").get("actor").asText())
                .isEqualTo(absent.json().get("errors").get("actor").asText().replace("nobody-" + globex, globex));
    }

    private static String partnerGroup() {
        for (JsonNode t : api.get("/rest/value-matrix/1.0/teams", "admin").json().get("teams")) {
            if ("partner".equals(t.get("kind").asText())) {
                return t.get("groups").get(0).asText();
            }
        }
        throw new IllegalStateException("the demo has a partner team");
    }

    private static JsonNode first(JsonNode body, String username) {
        for (JsonNode p : body.get("people")) {
            if (p.get("username").asText().equals(username)) {
                return p;
            }
        }
        return null;
    }
}
