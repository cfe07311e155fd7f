package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.Events;
import org.valuematrix.standalone.support.TestHost;

/**
 * The administration resources over HTTP, on a host of their own (a rebuild and an erasure change
 * what other tests read): who may use them, bad bodies named by field, one rebuild at a time, the
 * erasure of a person and the audit list that records it all.
 */
class AdminRestTest {
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
        for (String path : List.of("/admin/rebuild", "/admin/audit", "/settings")) {
            assertThat(api.get(CORE + path, null).status()).as(path).isEqualTo(401);
            assertThat(api.get(CORE + path, "alice").status()).as(path).isEqualTo(403);
        }
        assertThat(api.post(CORE + "/admin/rebuild", null, "application/json", "{}").status()).isEqualTo(401);
        assertThat(api.post(CORE + "/admin/rebuild", "alice", "application/json", "{}").status()).isEqualTo(403);
        assertThat(erase("someone", null, "{}").status()).isEqualTo(401);
        assertThat(erase("someone", "alice", "{}").status()).isEqualTo(403);
    }

    @Test
    void badBodies_shouldAnswer400NamingTheField() {
        assertThat(api.post(CORE + "/admin/rebuild", "admin", "application/json", "{\"reclassify\":\"yes\"}").json()
                .get("errors").get("reclassify").asText()).isNotBlank();
        assertThat(api.post(CORE + "/admin/rebuild", "admin", "application/json", "{\"everything\":true}").json()
                .get("errors").has("everything")).isTrue();
        assertThat(api.post(CORE + "/admin/rebuild", "admin", "application/json", "[]").status()).isEqualTo(400);
        assertThat(api.post(CORE + "/admin/rebuild", "admin", "text/plain", "{}").status()).isEqualTo(415);
        Api.Reply reason = erase("someone", "admin", "{\"reason\":5}");
        assertThat(reason.status()).isEqualTo(400);
        assertThat(reason.json().get("errors").get("reason").asText()).isNotBlank();
        Api.Reply limit = api.get(CORE + "/admin/audit?limit=0", "admin");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.json().get("errors").has("limit")).isTrue();
    }

    @Test
    void secondRebuildWhileOneRuns_shouldAnswer409WithTheRunningState_andTheFirstShouldFinish() throws Exception {
        Api.Reply first = api.post(CORE + "/admin/rebuild", "admin", "application/json", "{\"reclassify\":true}");
        Api.Reply second = api.post(CORE + "/admin/rebuild", "admin", "application/json", "{\"reclassify\":false}");

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().get("state").asText()).isIn("queued", "running");
        assertThat(second.json().get("reclassify").asBoolean()).isTrue();
        JsonNode done = awaitRebuild();
        assertThat(done.get("state").asText()).isEqualTo("done");
        assertThat(done.get("progress").get("done").asLong()).isGreaterThanOrEqualTo(TestHost.DEMO_EVENTS);
        assertThat(done.get("startedAt").asText()).isNotBlank();
        assertThat(done.get("finishedAt").asText()).isNotBlank();
        JsonNode audit = api.get(CORE + "/admin/audit", "admin").json();
        assertThat(audit.get("entries").toString()).contains("rebuild.requested");
    }

    @Test
    void erasure_shouldDeleteTheirEventsExcludeThemAndBeAudited() throws Exception {
        awaitRebuild();
        String alice = new DemoUsers(api).key("alice");
        Api.Reply stored = api.post(CORE + "/events", "admin", "application/json", Api.json(List.of(
                Events.event("gdpr-1", "2004-02-02T10:00:00Z", "gdpr-subject", "commented", "ENG", "confluence",
                        alice, "Erase me"),
                Events.event("gdpr-2", "2004-02-02T11:00:00Z", alice, "commented", "ENG", "confluence",
                        "gdpr-subject", "Answer"))));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);

        Api.Reply erased = erase("gdpr-subject", "admin", "{\"reason\":\"Asked to be forgotten <b>now</b>\"}");

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("erasedEvents").asLong()).isEqualTo(1);
        assertThat(erased.json().get("anonymisedEvents").asLong()).isEqualTo(1);
        Api.Reply again = api.post(CORE + "/events", "admin", "application/json", Api.json(List.of(
                Events.event("gdpr-3", "2004-02-03T10:00:00Z", "gdpr-subject", "created", "ENG", "confluence",
                        null, "Later"))));
        assertThat(again.json().get("results").get(0).get("status").asText()).isEqualTo("excluded");
        JsonNode newest = api.get(CORE + "/admin/audit?limit=1", "admin").json().get("entries").get(0);
        assertThat(newest.get("action").asText()).isEqualTo("person.erased");
        assertThat(newest.get("target").asText()).isEqualTo("gdpr-subject");
        assertThat(newest.get("actor").asText()).isEqualTo(new DemoUsers(api).key("admin"));
        assertThat(newest.get("detail").asText()).contains("Asked to be forgotten");
    }

    @Test
    void settingsWithANewTimeZone_shouldRebuildAndThenCountInIt() throws Exception {
        awaitRebuild();
        JsonNode settings = api.get(CORE + "/settings", "admin").json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings).put("timeZone", "America/Chicago");

        Api.Reply saved = api.put(CORE + "/settings", "admin", "application/json", settings.toString());

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("rebuild").get("needed").asBoolean()).isTrue();
        awaitRebuild();
        JsonNode after = api.get(CORE + "/settings", "admin").json();
        assertThat(after.get("timeZone").asText()).isEqualTo("America/Chicago");
        assertThat(after.get("rebuild").get("zone").asText()).isEqualTo("America/Chicago");
        assertThat(after.get("rebuild").get("needed").asBoolean()).isFalse();
        assertThat(api.get(CORE + "/admin/audit", "admin").json().get("entries").toString()).contains("settings.saved");
    }

    @Test
    void exclusions_shouldBeForAdminsOnly_andNameABadUserKey() {
        assertThat(api.get(CORE + "/admin/exclusions", null).status()).isEqualTo(401);
        assertThat(api.get(CORE + "/admin/exclusions", "alice").status()).isEqualTo(403);
        assertThat(api.post(CORE + "/admin/exclusions", "alice", "application/json", "{\"userKey\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(api.delete(CORE + "/admin/exclusions/x", "alice").status()).isEqualTo(403);
        for (String body : List.of("{}", "{\"userKey\":5}", "{\"userKey\":\" \"}", "{\"userKey\":\"nobody-here\"}")) {
            Api.Reply bad = api.post(CORE + "/admin/exclusions", "admin", "application/json", body);
            assertThat(bad.status()).as(body).isEqualTo(400);
            assertThat(bad.json().get("errors").get("userKey").asText()).as(body).isNotBlank();
        }
        assertThat(api.post(CORE + "/admin/exclusions", "admin", "text/plain", "{}").status()).isEqualTo(415);
        assertThat(api.delete(CORE + "/admin/exclusions/nobody-here", "admin").status()).isEqualTo(404);
    }

    @Test
    void anExcludedPerson_shouldNotBeMeasured_untilMeasuredAgain_andBothShouldBeAudited() throws Exception {
        awaitRebuild();
        String sam = new DemoUsers(api).key("sam");
        Api.Reply excluded = api.post(CORE + "/admin/exclusions", "admin", "application/json",
                "{\"userKey\":\"" + sam + "\"}");
        assertThat(excluded.status()).as(excluded.body()).isEqualTo(201);
        assertThat(api.post(CORE + "/admin/exclusions", "admin", "application/json", "{\"userKey\":\"" + sam + "\"}")
                .status()).isEqualTo(200);
        JsonNode listed = null;
        for (JsonNode p : api.get(CORE + "/admin/exclusions", "admin").json().get("people")) {
            if (sam.equals(p.get("key").asText())) {
                listed = p;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("displayName").asText()).isNotEqualTo(sam).isNotBlank();
        assertThat(listed.get("excludedBy").asText()).isEqualTo(new DemoUsers(api).key("admin"));
        assertThat(storeBy(sam, "excl-1")).isEqualTo("excluded");

        assertThat(api.delete(CORE + "/admin/exclusions/" + Api.encode(sam), "admin").status()).isEqualTo(204);

        assertThat(storeBy(sam, "excl-2")).isNotEqualTo("excluded");
        assertThat(api.delete(CORE + "/admin/exclusions/" + Api.encode(sam), "admin").status()).isEqualTo(404);
        String audit = api.get(CORE + "/admin/audit?limit=5", "admin").json().get("entries").toString();
        assertThat(audit).contains("person.excluded", "person.included");
    }

    private static String storeBy(String actor, String sourceId) {
        Api.Reply stored = api.post(CORE + "/events", "admin", "application/json", Api.json(List.of(
                Events.event(sourceId, "2004-03-01T10:00:00Z", actor, "created", "ENG", "confluence", null, "Note"))));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        return stored.json().get("results").get(0).get("status").asText();
    }

    private static Api.Reply erase(String userKey, String user, String body) {
        return api.send(api.request(CORE + "/people/" + Api.encode(userKey) + "/data", user)
                .header("Content-Type", "application/json")
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode awaitRebuild() throws InterruptedException {
        long until = System.nanoTime() + 120_000_000_000L;
        JsonNode status = api.get(CORE + "/admin/rebuild", "admin").json();
        while (System.nanoTime() < until && List.of("queued", "running").contains(status.get("state").asText())) {
            Thread.sleep(100);
            status = api.get(CORE + "/admin/rebuild", "admin").json();
        }
        return status;
    }
}
