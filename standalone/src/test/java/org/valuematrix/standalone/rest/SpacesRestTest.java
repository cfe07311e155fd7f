package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.TestHost;

/**
 * Customer-facing spaces over HTTP on the standalone host: the templates, creation with its 400s
 * and 409, and a space walked through its stages while a customer of Acme (carla) sees exactly
 * what each stage allows (never Internal notes, never another customer's space).
 */
class SpacesRestTest {
    private static final String CORE = "/rest/value-matrix/1.0";
    private static final String HOST = "/rest/standalone/1.0";
    private static TestHost host;
    private static Api api;

    @BeforeAll
    static void start() {
        host = TestHost.start(200);
        api = host.api();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static Map<String, Object> body(String template, String key, String externalGroup) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("template", template);
        b.put("key", key);
        b.put("name", "Acme knowledge");
        b.put("team", "support");
        b.put("internalGroup", "support");
        b.put("moderators", List.of("bob"));
        b.put("externalGroups", List.of(externalGroup));
        b.put("expiresOn", LocalDate.now().plusDays(60).toString());
        return b;
    }

    private static Api.Reply create(String user, Map<String, Object> body) {
        return api.post(CORE + "/spaces", user, "application/json", Api.json(body));
    }

    private static Api.Reply stage(String key, String user, String stage, boolean confirm) {
        return api.post(CORE + "/spaces/" + key + "/stage", user, "application/json",
                "{\"stage\":\"" + stage + "\",\"reason\":\"planned opening\",\"confirm\":" + confirm + "}");
    }

    @Test
    void templatesListTheirPagesAndEachStagesGrants() {
        assertThat(api.get(CORE + "/space-templates", null).status()).isEqualTo(401);
        JsonNode t = api.get(CORE + "/space-templates", "carla").json();
        List<String> keys = new ArrayList<>();
        t.forEach(x -> keys.add(x.get("key").asText()));
        assertThat(keys).containsExactly("customer-collaboration", "product-feedback", "support-knowledge", "partner");
        for (JsonNode x : t) {
            assertThat(x.get("pages").toString()).contains("\"title\":\"Working norms\"", "\"title\":\"Start here\"",
                    "\"title\":\"Internal notes\",\"restricted\":\"internalGroup\"");
            assertThat(x.get("stages").get("rehearsal").toString()).doesNotContain("externalGroup", "anonymous");
            assertThat(x.get("stages").get("invited").toString())
                    .contains("{\"permission\":\"VIEWSPACE\",\"to\":\"externalGroup\"}",
                            "{\"permission\":\"COMMENT\",\"to\":\"externalGroup\"}")
                    .doesNotContain("anonymous");
            assertThat(x.get("stages").get("public").toString())
                    .contains("{\"permission\":\"VIEWSPACE\",\"to\":\"anonymous\"}");
        }
    }

    @Test
    void badInputIsNamedAndAKeyInUseIsAConflict() {
        Map<String, Object> b = body("support-knowledge", "acme kb", "customer-acme");
        b.put("moderators", List.of("nobody-at-all"));
        b.put("externalGroups", List.of("no-such-group"));
        Api.Reply bad = create("bob", b);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").has("key")).isTrue();
        assertThat(bad.json().get("errors").get("moderators").asText()).contains("nobody-at-all");
        assertThat(bad.json().get("errors").get("externalGroups").asText()).contains("no-such-group");

        Map<String, Object> missing = body("support-knowledge", "KB2", "customer-acme");
        missing.remove("expiresOn");
        assertThat(create("bob", missing).json().get("errors").has("expiresOn")).isTrue();
        assertThat(api.post(CORE + "/spaces", "bob", "text/plain", Api.json(body("partner", "KB3", "customer-acme")))
                .status()).isEqualTo(415);
        assertThat(api.post(CORE + "/spaces", "bob", "application/json", "{\"template\":5}").json().get("errors")
                .has("template")).isTrue();

        Api.Reply used = create("bob", body("support-knowledge", "ENG", "customer-acme"));
        assertThat(used.status()).isEqualTo(409);
        assertThat(used.json().get("errorMessages").get(0).asText()).isEqualTo("The space key ENG is already in use.");

        Api.Reply internal = create("bob", body("support-knowledge", "KB4", "engineering"));
        assertThat(internal.status()).isEqualTo(400);
        assertThat(internal.json().get("errors").get("externalGroups").asText()).isEqualTo("The group engineering "
                + "belongs to an internal team; choose the group of the customer or partner organisation.");

        assertThat(create("carla", body("support-knowledge", "KB5", "customer-acme")).status()).isEqualTo(403);
        assertThat(create(null, body("support-knowledge", "KB6", "customer-acme")).status()).isEqualTo(401);
        assertThat(api.get(CORE + "/spaces/KB4", "admin").status()).isEqualTo(404);
    }

    @Test
    void aCustomerSeesExactlyWhatEachStageAllows() {
        Api.Reply created = create("bob", body("support-knowledge", "ACMEKB", "customer-acme"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("stage").asText()).isEqualTo("rehearsal");
        JsonNode space = api.get(CORE + "/spaces/ACMEKB", "bob").json();
        long startHere = pageId(space, "Start here");
        long notes = pageId(space, "Internal notes");

        // Rehearsal: the space does not exist for carla, anywhere.
        assertHidden("ACMEKB", startHere);
        assertThat(api.get("/display/ACMEKB", "bob").status()).isEqualTo(200);

        // Moderators only, and the preview changes nothing.
        String colleague = new DemoUsers(api).memberOfExcept("support", "bob");
        assertThat(api.get(CORE + "/spaces/ACMEKB", colleague).status()).as("the internal group views").isEqualTo(200);
        assertThat(stage("ACMEKB", colleague, "invited", false).status()).isEqualTo(403);
        assertThat(stage("ACMEKB", "alice", "invited", false).status()).as("alice may not view it").isEqualTo(404);
        JsonNode preview = stage("ACMEKB", "bob", "invited", false).json();
        assertThat(preview.get("changed").asBoolean()).isFalse();
        assertThat(preview.get("diff").get("added").toString()).isEqualTo("[{\"permission\":\"COMMENT\",\"subject\":"
                + "\"group\",\"name\":\"customer-acme\"},{\"permission\":\"VIEWSPACE\",\"subject\":\"group\","
                + "\"name\":\"customer-acme\"}]");
        assertThat(preview.get("diff").get("removed").size()).isZero();
        assertThat(preview.get("findings").toString()).contains("The page Internal notes is restricted to support.");
        assertHidden("ACMEKB", startHere);

        Api.Reply publicByModerator = stage("ACMEKB", "bob", "public", true);
        assertThat(publicByModerator.status()).isEqualTo(403);
        assertThat(publicByModerator.json().get("errorMessages").get(0).asText())
                .isEqualTo("Only an administrator may make a space public.");

        Api.Reply invited = stage("ACMEKB", "admin", "invited", true);
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        assertThat(invited.json().get("changed").asBoolean()).isTrue();

        // Invited: carla views and comments; Internal notes does not exist for her.
        JsonNode mine = api.get(CORE + "/spaces", "carla").json();
        assertThat(mine.toString()).contains("\"key\":\"ACMEKB\"").contains("\"stage\":\"invited\"")
                .doesNotContain("customer-acme").doesNotContain("\"internalGroup\"");
        String home = api.get("/display/ACMEKB", "carla").body();
        assertThat(home).contains("Start here").doesNotContain("Internal notes");
        assertThat(api.get("/display/ACMEKB/Start+here", "carla").status()).isEqualTo(200);
        assertThat(api.get("/display/ACMEKB/Internal+notes", "carla").status()).isEqualTo(404);
        assertThat(api.get("/display/ACMEKB/Internal+notes", "bob").status()).isEqualTo(200);
        Api.Reply comment = api.post(HOST + "/content/" + startHere + "/comments", "carla", "application/json",
                "{\"body\":\"Where do I find the SSO guide?\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        assertThat(api.post(HOST + "/content/" + notes + "/comments", "carla", "application/json",
                "{\"body\":\"peek\"}").status()).isEqualTo(404);
        assertThat(api.post(HOST + "/containers/ACMEKB/content", "carla", "application/json",
                "{\"title\":\"Mine\",\"body\":\"x\"}").status()).as("view and comment, nothing else").isEqualTo(403);

        // Back to rehearsal: immediate, by the moderator, and carla loses the space.
        Api.Reply back = stage("ACMEKB", "bob", "rehearsal", true);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertHidden("ACMEKB", startHere);

        JsonNode audit = api.get(CORE + "/spaces/ACMEKB/audit", "bob").json();
        List<String> actions = new ArrayList<>();
        audit.forEach(a -> actions.add(a.get("action").asText() + " " + a.get("to").asText()));
        assertThat(actions).startsWith("stage rehearsal").contains("stage invited").endsWith("created rehearsal");
        assertThat(audit.get(0).get("actor").asText()).isNotBlank();
        assertThat(audit.get(0).get("reason").asText()).isEqualTo("planned opening");
        assertThat(audit.get(0).get("diff").toString()).contains("-VIEWSPACE group:customer-acme");
        assertThat(api.get(CORE + "/spaces/ACMEKB/audit", "carla").status()).isEqualTo(404);
        assertThat(api.get(CORE + "/spaces/ACMEKB/audit", "alice").status()).isEqualTo(404);
    }

    @Test
    void anotherCustomersSpaceNeverShows() {
        Map<String, Object> b = body("customer-collaboration", "GLOBEXCO", "customer-globex");
        assertThat(create("bob", b).status()).isEqualTo(201);
        assertThat(stage("GLOBEXCO", "admin", "invited", true).status()).isEqualTo(200);
        long startHere = pageId(api.get(CORE + "/spaces/GLOBEXCO", "bob").json(), "Start here");
        assertHidden("GLOBEXCO", startHere);
        assertThat(api.get(CORE + "/spaces/GLOBEXCO", "carla").body())
                .isEqualTo(api.get(CORE + "/spaces/NOSUCHSPACE", "carla").body());
    }

    private static void assertHidden(String key, long pageId) {
        assertThat(api.get(CORE + "/spaces/" + key, "carla").status()).isEqualTo(404);
        assertThat(api.get(CORE + "/spaces", "carla").body()).doesNotContain("\"" + key + "\"");
        assertThat(api.get("/display/" + key, "carla").status()).isEqualTo(404);
        assertThat(api.post(CORE + "/spaces/" + key + "/stage", "carla", "application/json",
                "{\"stage\":\"rehearsal\"}").status()).isEqualTo(404);
        assertThat(api.post(HOST + "/content/" + pageId + "/comments", "carla", "application/json",
                "{\"body\":\"hello\"}").status()).isEqualTo(404);
    }

    private static long pageId(JsonNode space, String title) {
        for (JsonNode p : space.get("pages")) {
            if (p.get("title").asText().equals(title)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no page " + title + " in " + space);
    }
}
