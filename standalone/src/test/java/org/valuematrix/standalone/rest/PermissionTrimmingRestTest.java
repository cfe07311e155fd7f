package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.Events;
import org.valuematrix.standalone.support.TestHost;

/** Over HTTP, a user never sees activity from a space or project they may not view. */
class PermissionTrimmingRestTest {
    private static final String STREAM = "/rest/value-matrix/1.0/stream";
    private static final String SECRET = "Reorganisation plan " + System.nanoTime();
    private static Api api;
    private static DemoUsers users;
    private static String hrPerson;

    @BeforeAll
    static void hrConfidentialEvent() {
        api = TestHost.shared().api();
        users = new DemoUsers(api);
        hrPerson = users.memberOf("people");
        String colleague = users.memberOfExcept("people", hrPerson);
        Api.Reply r = api.post("/rest/value-matrix/1.0/events", "admin", "application/json", Api.json(List.of(
                Events.event("trimming-" + System.nanoTime(), Instant.now().toString(), users.key(hrPerson), "commented",
                        "HRC", "confluence", users.key(colleague), SECRET))));
        assertThat(r.json().get("stored").asInt()).isEqualTo(1);
    }

    @Test
    void stream_shouldHideWhatTheViewerMayNotView() {
        assertThat(users.visibleTo("alice")).doesNotContain("HRC");
        assertThat(users.visibleTo(hrPerson)).contains("HRC");

        assertThat(titles(api.get(STREAM + "?limit=200", hrPerson))).contains(SECRET);
        assertThat(titles(api.get(STREAM + "?limit=200", "alice"))).doesNotContain(SECRET);
        assertThat(api.get(STREAM + "?container=HRC", "alice").json().get("items")).isEmpty();
        assertThat(api.get(STREAM + ".atom?container=HRC", "alice").body()).doesNotContain(SECRET);
        assertThat(api.get(STREAM + "?container=HRC", "alice", "application/activity+json").body()).doesNotContain(SECRET);
    }

    @Test
    void stream_shouldOnlyEverContainVisibleContainers_forEveryKindOfViewer() {
        for (String viewer : List.of("alice", "bob", "carla", hrPerson, users.memberOf("legal"))) {
            Set<String> visible = users.visibleTo(viewer);
            String cursor = null;
            for (int page = 0; page < 5; page++) {
                JsonNode body = api.get(STREAM + "?limit=200" + (cursor == null ? "" : "&cursor=" + Api.encode(cursor)),
                        viewer).json();
                body.get("items").forEach(i -> assertThat(i.get("container").get("key").asText())
                        .as("%s sees %s", viewer, i.get("container").get("key")).isIn(visible));
                if (body.get("nextCursor").isNull()) {
                    break;
                }
                cursor = body.get("nextCursor").asText();
            }
        }
    }

    @Test
    void customer_shouldSeeOnlyTheirOwnCustomerSpaces() {
        assertThat(users.visibleTo("carla")).containsExactlyInAnyOrder("ACME", "ACMESUP");
        JsonNode items = api.get(STREAM + "?limit=200", "carla").json().get("items");

        items.forEach(i -> assertThat(i.get("container").get("key").asText()).isIn("ACME", "ACMESUP"));
    }

    private static List<String> titles(Api.Reply r) {
        assertThat(r.status()).isEqualTo(200);
        return r.json().get("items").findValuesAsText("title");
    }
}
