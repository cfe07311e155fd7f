package org.valuematrix.standalone.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/** The standalone host's content actions over REST, captured through core's capture port. */
class ContentRestTest {
    private static final String REST = "/rest/standalone/1.0";
    private static TestHost host;
    private static Api api;

    @BeforeAll
    static void host() {
        host = TestHost.shared();
        api = host.api();
    }

    @Test
    void createIssueThenComment_shouldBeCapturedAsCreatedAndCommented() {
        String title = "Flaky login test " + System.nanoTime();
        Api.Reply issue = api.post(REST + "/containers/CORE/content", "alice", "application/json",
                Api.json(Map.of("title", title, "body", "Fails one run in ten.")));
        Api.Reply comment = api.post(REST + "/content/" + issue.json().get("id").asText() + "/comments", "bob",
                "application/json", Api.json(Map.of("body", "Seen by customers too.")));
        host.flushCapture();

        assertThat(issue.status()).as(issue.body()).isEqualTo(201);
        assertThat(issue.json().get("type").asText()).isEqualTo("issue");
        assertThat(issue.json().get("url").asText()).matches("/browse/CORE-[0-9]+");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        JsonNode items = api.get("/rest/value-matrix/1.0/stream?container=CORE&limit=10", "alice").json().get("items");
        JsonNode commented = first(items, "commented", title);
        JsonNode created = first(items, "created", title);
        assertThat(created.get("actor").get("displayName").asText()).isEqualTo("Alice Anderson");
        assertThat(created.get("counterpart").isNull()).isTrue();
        assertThat(commented.get("actor").get("displayName").asText()).isEqualTo("Bob Brennan");
        assertThat(commented.get("counterpart").get("displayName").asText()).isEqualTo("Alice Anderson");
        assertThat(commented.get("scope").asText()).isEqualTo("across");
        assertThat(commented.get("object").get("url").asText()).startsWith(issue.json().get("url").asText());
        assertThat(api.get(issue.json().get("url").asText(), "bob").body()).contains("Seen by customers too.");
    }

    @Test
    void createPage_shouldGiveASafeUniqueAddress() {
        Api.Reply one = api.post(REST + "/containers/ENG/content", "alice", "application/json",
                Api.json(Map.of("title", "Runbook: search / indexing")));
        Api.Reply two = api.post(REST + "/containers/ENG/content", "alice", "application/json",
                Api.json(Map.of("title", "Runbook: search / indexing")));

        assertThat(one.json().get("url").asText()).startsWith("/display/ENG/Runbook+search+indexing");
        assertThat(two.json().get("url").asText()).isNotEqualTo(one.json().get("url").asText());
        assertThat(api.get(two.json().get("url").asText(), "alice").status()).isEqualTo(200);
    }

    @Test
    void contentActions_shouldRefuseBadRequests() {
        assertThat(api.post(REST + "/containers/ENG/content", null, "application/json", "{\"title\":\"x\"}").status())
                .isEqualTo(401);
        assertThat(api.post(REST + "/containers/HRC/content", "alice", "application/json", "{\"title\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(api.post(REST + "/containers/NOPE/content", "alice", "application/json", "{\"title\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(api.post(REST + "/content/999999999/comments", "alice", "application/json", "{\"body\":\"x\"}")
                .status()).isEqualTo(404);
        Api.Reply plain = api.post(REST + "/containers/ENG/content", "alice", "text/plain", "{\"title\":\"x\"}");
        assertThat(plain.status()).as(plain.body()).isEqualTo(415);
        assertThat(plain.json().get("errors").has("Content-Type")).isTrue();
        assertBad(api.post(REST + "/containers/ENG/content", "alice", "application/json", "{\"title\":\"\"}"), "title");
        assertBad(api.post(REST + "/containers/ENG/content", "alice", "application/json", "{\"title\":"), "body");
        assertBad(api.post(REST + "/content/abc/comments", "alice", "application/json", "{\"body\":\"x\"}"), "id");
        assertBad(api.post(REST + "/content/1/comments", "alice", "application/json", "{\"body\":\" \"}"), "body");
    }

    private static void assertBad(Api.Reply r, String parameter) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("errors").has(parameter)).as(r.body()).isTrue();
    }

    private static JsonNode first(JsonNode items, String verb, String title) {
        for (JsonNode i : items) {
            if (i.get("verb").asText().equals(verb) && i.get("object").get("title").asText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no " + verb + " of " + title + " in " + items);
    }
}
