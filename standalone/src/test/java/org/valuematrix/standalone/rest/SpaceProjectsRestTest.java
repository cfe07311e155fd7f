package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.TestHost;

/**
 * A Jira project linked to a customer-facing space over HTTP on the standalone host: bad input
 * names its parameter, unknown and hidden spaces and projects answer 404 alike, a non-moderator
 * 403, a second link 409; a moderator's preview, an administrator's confirmation with exactly
 * browse and comment for Acme's group, Carla's comment on the project in the space's stream as
 * external (Globex's Gary sees nothing of it), and an unlink that takes Carla's access back.
 */
class SpaceProjectsRestTest {
    private static final String CORE = "/rest/value-matrix/1.0";
    private static final String HOST = "/rest/standalone/1.0";
    private static final String LINKS = CORE + "/spaces/LINKS/projects";
    private static TestHost host;
    private static Api api;
    private static String gary;

    @BeforeAll
    static void start() {
        host = TestHost.start(200);
        api = host.api();
        gary = new DemoUsers(api).memberOf("customer-globex");
        assertThat(api.post(CORE + "/spaces", "bob", "application/json",
                Api.json(SpacesRestTest.body("customer-collaboration", "LINKS", "customer-acme"))).status())
                .isEqualTo(201);
        assertThat(api.post(CORE + "/spaces/LINKS/stage", "admin", "application/json",
                "{\"stage\":\"invited\",\"reason\":\"pilot\",\"confirm\":true}").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static Api.Reply link(String user, String body) {
        return api.post(LINKS, user, "application/json", body);
    }

    private static Api.Reply unlink(String user, String project, String body) {
        return api.send(api.request(LINKS + "/" + project, user).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void badInputNamesItsParameterAndHiddenThingsDoNotExist() {
        assertThat(link("bob", "[]").json().get("errors").has("body")).isTrue();
        assertThat(link("bob", "{\"project\":\"SD\",\"colour\":1}").json().get("errors").has("colour")).isTrue();
        assertThat(link("bob", "{\"project\":7}").json().get("errors").has("project")).isTrue();
        assertThat(link("bob", "{\"reason\":\"x\"}").json().get("errors").has("project")).isTrue();
        assertThat(link("bob", "{\"project\":\"SD\",\"confirm\":\"yes\"}").json().get("errors").has("confirm")).isTrue();
        assertThat(link("bob", "{\"project\":\"SD\",\"grant\":1}").json().get("errors").has("grant")).isTrue();
        Api.Reply noReason = link("admin", "{\"project\":\"SD\",\"confirm\":true}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").has("reason")).isTrue();
        assertThat(api.post(LINKS, "bob", "text/plain", "{\"project\":\"SD\"}").status()).isEqualTo(415);

        Api.Reply unknown = link("bob", "{\"project\":\"NOPE\"}");
        Api.Reply hidden = link("bob", "{\"project\":\"HIRE\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(unknown.body());
        assertThat(api.post(CORE + "/spaces/NOSUCH/projects", "bob", "application/json", "{\"project\":\"SD\"}")
                .status()).isEqualTo(404);
        // Carla may not view the tool of a space she is invited to; Gary may not even know of it.
        assertThat(link("carla", "{\"project\":\"SD\"}").status()).isEqualTo(403);
        assertThat(link(gary, "{\"project\":\"SD\"}").status()).isEqualTo(404);
        assertThat(api.get(LINKS, gary).status()).isEqualTo(404);
        assertThat(unlink("bob", "SD", "{}").json().get("errors").has("reason")).isTrue();
        assertThat(unlink("bob", "CORE", "{\"reason\":\"never linked\"}").status()).isEqualTo(404);
    }

    @Test
    void aCustomersCommentOnTheLinkedProjectIsInTheSpacesStreamUntilTheUnlink() {
        long issue = api.post(HOST + "/containers/SD/content", "bob", "application/json",
                "{\"title\":\"Acme: single sign-on fails\",\"body\":\"Reported by Acme.\"}").json().get("id").asLong();
        assertThat(api.get("/browse/SD", "carla").status()).isEqualTo(404);

        JsonNode preview = link("bob", "{\"project\":\"SD\",\"reason\":\"Acme tickets\"}").json();
        assertThat(preview.get("grants").get("added").toString())
                .isEqualTo("[{\"permission\":\"BROWSE_PROJECTS\",\"group\":\"customer-acme\"},"
                        + "{\"permission\":\"ADD_COMMENTS\",\"group\":\"customer-acme\"}]");
        assertThat(preview.get("findings").toString()).contains("only an administrator may confirm grants");
        assertThat(link("bob", "{\"project\":\"SD\",\"reason\":\"Acme tickets\",\"confirm\":true}").status())
                .isEqualTo(409);

        Api.Reply linked = link("admin", "{\"project\":\"SD\",\"reason\":\"Acme tickets\",\"confirm\":true}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().get("linked").asBoolean()).isTrue();
        assertThat(link("admin", "{\"project\":\"SD\",\"reason\":\"again\",\"confirm\":true}").status()).isEqualTo(409);
        assertThat(api.get(LINKS, "bob").json().get(0).get("project").asText()).isEqualTo("SD");
        assertThat(api.get(CORE + "/spaces/LINKS/audit", "bob").json().get(0).get("diff").toString())
                .isEqualTo("[\"project:SD\",\"+BROWSE_PROJECTS group:customer-acme\",\"+ADD_COMMENTS group:customer-acme\"]");

        // Carla browses and comments, and never creates an issue: the link gives nothing more.
        assertThat(api.get("/browse/SD", "carla").status()).isEqualTo(200);
        assertThat(api.post(HOST + "/containers/SD/content", "carla", "application/json",
                "{\"title\":\"Mine\",\"body\":\"x\"}").status()).isEqualTo(403);
        Api.Reply comment = api.post(HOST + "/content/" + issue + "/comments", "carla", "application/json",
                "{\"body\":\"Still failing for our staff.\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        host.flushCapture();

        // The space's stream now reads the project's activity, newest first: Carla's comment on top.
        JsonNode items = api.get(CORE + "/stream?container=LINKS&limit=10", "carla").json().get("items");
        assertThat(items.get(0).get("verb").asText()).isEqualTo("commented");
        assertThat(items.get(0).get("scope").asText()).isEqualTo("external");
        assertThat(items.get(0).get("container").toString()).contains("SD");
        assertThat(items.get(0).get("actor").toString()).contains(new DemoUsers(api).key("carla"));
        assertThat(api.get(CORE + "/stream?container=LINKS&limit=10", "bob").json().get("items").get(0).get("id"))
                .isEqualTo(items.get(0).get("id"));
        // Gary of Globex neither views the space nor browses the project: none of it reaches him.
        assertThat(api.get(CORE + "/stream?container=LINKS&limit=10", gary).json().get("items").size()).isZero();

        Api.Reply unlinked = unlink("bob", "SD", "{\"reason\":\"pilot over\"}");
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(unlinked.json().get("removed").size()).isEqualTo(2);
        assertThat(api.get("/browse/SD", "carla").status()).isEqualTo(404);
        assertThat(api.get(CORE + "/stream?container=LINKS&limit=10", "carla").json().get("items").size()).isZero();
        assertThat(api.get(LINKS, "bob").json().size()).isZero();
    }
}
