package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * The Containers page's suggestion on a site where nobody has worked yet (the demo organisation
 * without its events): the internal team whose group may view a space or project, with the reason
 * and the group; no suggestion where only staff-wide groups may view it, or where several teams
 * may alike, and never the customer a portal is opened to.
 */
class AdminContainerViewSuggestionsRestTest {
    private static final String CORE = "/rest/value-matrix/1.0";
    private static TestHost host;
    private static Api api;

    @BeforeAll
    static void start() {
        host = TestHost.start(0);
        api = host.api();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void unmappedContainersWithoutActivity_shouldGetTheTeamWhoseGroupMayViewThem_withTheReason() {
        Api.Reply unmapped = api.put(CORE + "/admin/containers", "admin", "application/json",
                "{\"owners\":{\"HRC\":null,\"HIRE\":null,\"ACME\":null,\"ENG\":null}}");

        assertThat(unmapped.status()).as(unmapped.body()).isEqualTo(200);
        JsonNode containers = unmapped.json().get("containers");
        JsonNode hrc = find(containers, "HRC").get("suggestion");
        assertThat(hrc.get("team").asText()).isEqualTo("hr");
        assertThat(hrc.get("reason").asText()).isEqualTo("viewPermission");
        assertThat(hrc.get("groups").get(0).asText()).isEqualTo("people");
        assertThat(hrc.has("activeDays")).isFalse();
        assertThat(find(containers, "HIRE").get("suggestion").get("team").asText()).as("a Jira project too")
                .isEqualTo("hr");
        assertThat(find(containers, "ACME").get("suggestion").isNull())
                .as("Support, Engineering and Product may all view Acme's portal; Acme is its audience").isTrue();
        assertThat(find(containers, "ENG").get("suggestion").isNull()).as("open to all staff, no team's group")
                .isTrue();
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
