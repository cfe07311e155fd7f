package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.Events;
import org.valuematrix.standalone.support.TestHost;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GET /stream, its filters and paging, as JSON, Activity Streams 2.0 and Atom, over real HTTP. */
class StreamRestTest {
    private static final String STREAM = "/rest/value-matrix/1.0/stream";
    private static Api api;
    private static DemoUsers users;

    @BeforeAll
    static void host() {
        api = TestHost.shared().api();
        users = new DemoUsers(api);
    }

    @Test
    void get_shouldAnswerNewestFirstWithEveryItemField() {
        Api.Reply r = api.get(STREAM, "admin");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode items = r.json().get("items");
        assertThat(items).hasSize(25);
        assertThat(r.json().get("nextCursor").asText()).isNotBlank();
        JsonNode first = items.get(0);
        for (String field : List.of("id", "occurredAt", "actor", "verb", "object", "container", "counterpart", "scope",
                "novelty", "actorTeam", "counterpartTeam")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("object").fieldNames()).toIterable().contains("type", "id", "title", "url");
        assertThat(first.get("container").fieldNames()).toIterable().contains("key", "name", "product");
        assertThat(times(items)).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void get_withScope_shouldReturnOnlyThatScope() {
        JsonNode items = api.get(STREAM + "?scope=across&limit=50", "admin").json().get("items");

        assertThat(items).isNotEmpty();
        items.forEach(i -> assertThat(i.get("scope").asText()).isEqualTo("across"));
    }

    @Test
    void get_withTeam_shouldReturnEventsWhereTheTeamTakesPart() {
        JsonNode items = api.get(STREAM + "?team=support&limit=50", "admin").json().get("items");

        assertThat(items).isNotEmpty();
        items.forEach(i -> assertThat(java.util.Arrays.asList(teamKey(i.get("actorTeam")), teamKey(i.get("counterpartTeam"))))
                .contains("support"));
    }

    @Test
    void get_withContainerActorAndVerb_shouldApplyEachFilter() {
        JsonNode byContainer = api.get(STREAM + "?container=ENG&container=CORE&limit=40", "admin").json().get("items");
        assertThat(byContainer).isNotEmpty();
        byContainer.forEach(i -> assertThat(i.get("container").get("key").asText()).isIn("ENG", "CORE"));

        String alice = users.key("alice");
        JsonNode byActor = api.get(STREAM + "?actor=" + alice, "admin").json().get("items");
        assertThat(byActor).isNotEmpty();
        byActor.forEach(i -> assertThat(i.get("actor").get("key").asText()).isEqualTo(alice));

        JsonNode byVerb = api.get(STREAM + "?verb=commented,liked&limit=40", "admin").json().get("items");
        assertThat(byVerb).isNotEmpty();
        byVerb.forEach(i -> assertThat(i.get("verb").asText()).isIn("commented", "liked"));
    }

    @Test
    void get_withSinceAndUntil_shouldKeepTimesInTheWindow() {
        Instant until = Instant.now().minusSeconds(30L * 86_400);
        Instant since = until.minusSeconds(60L * 86_400);
        JsonNode items = api.get(STREAM + "?since=" + since + "&until=" + until + "&limit=100", "admin").json().get("items");

        assertThat(items).isNotEmpty();
        for (Instant t : times(items)) {
            assertThat(t).isAfterOrEqualTo(since).isBefore(until);
        }
        JsonNode byDate = api.get(STREAM + "?since=2020-01-01&until=2020-01-02", "admin").json().get("items");
        assertThat(byDate).isEmpty();
    }

    @Test
    void get_withLimit_shouldReturnThatMany() {
        assertThat(api.get(STREAM + "?limit=1", "admin").json().get("items")).hasSize(1);
        assertThat(api.get(STREAM + "?limit=200", "admin").json().get("items")).hasSize(200);
    }

    @Test
    void get_pagingWithCursor_shouldReturnEveryMatchingEventOnceInOrder_evenWhileEventsArrive() {
        String filter = STREAM + "?scope=within&container=ENG,SUP,CORE";
        List<Long> expected = pageThrough(filter + "&limit=200", null);

        List<Long> paged = pageThrough(filter + "&limit=37", () -> postWithinEngineering(3));

        assertThat(expected.size()).isGreaterThan(37);
        assertThat(new HashSet<>(paged)).hasSameSizeAs(paged);
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(pageThrough(filter + "&limit=200", null)).hasSize(expected.size() + 3);
    }

    /** Follows nextCursor to the end; runs {@code afterFirstPage} once, after the first page. */
    private static List<Long> pageThrough(String filter, Runnable afterFirstPage) {
        List<Long> ids = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.get(filter + (cursor == null ? "" : "&cursor=" + Api.encode(cursor)), "admin").json();
            page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
            times.addAll(times(page.get("items")));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            if (pages++ == 0 && afterFirstPage != null) {
                afterFirstPage.run();
            }
        } while (cursor != null && pages < 10_000);
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
        return ids;
    }

    private static void postWithinEngineering(int n) {
        String alice = users.key("alice");
        String colleague = users.key(users.memberOfExcept("engineering", "alice"));
        List<java.util.Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(Events.event("paging-" + System.nanoTime() + "-" + i, Instant.now().toString(), alice, "commented",
                    "ENG", "confluence", colleague, "Arriving while paging"));
        }
        Api.Reply r = api.post("/rest/value-matrix/1.0/events", "admin", "application/json", Api.json(events));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("stored").asInt()).isEqualTo(n);
    }

    @Test
    void get_acceptingActivityStreams_shouldAnswerAnOrderedCollectionPage() {
        Api.Reply r = api.get(STREAM + "?limit=5", "admin", "application/activity+json");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/activity+json");
        JsonNode doc = r.json();
        assertThat(doc.get("type").asText()).isEqualTo("OrderedCollectionPage");
        assertThat(doc.get("@context").toString()).contains("https://www.w3.org/ns/activitystreams");
        assertThat(doc.get("orderedItems")).hasSize(5);
        assertThat(doc.get("next").asText()).startsWith(api.base() + STREAM).contains("cursor=");
        JsonNode activity = doc.get("orderedItems").get(0);
        assertThat(activity.get("actor").get("type").asText()).isEqualTo("Person");
        assertThat(activity.has("object")).isTrue();
        assertThat(activity.get("published").asText()).isNotBlank();
    }

    @Test
    void atom_shouldBeAnAtomFeedWithActivityExtensions() throws Exception {
        Api.Reply r = api.get(STREAM + ".atom?limit=5&scope=across", "admin");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/atom+xml");
        Document feed = XmlDocuments.parse(r.body());
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(5);
        Element entry = (Element) entries.item(0);
        assertThat(entry.getElementsByTagNameNS("http://activitystrea.ms/spec/1.0/", "verb").getLength()).isEqualTo(1);
        assertThat(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent()).isNotBlank();
    }

    @Test
    void get_asEveryone_shouldNeedAuthentication() {
        Api.Reply r = api.get(STREAM, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(r.json().get("status").asInt()).isEqualTo(401);
        assertThat(api.get(STREAM + ".atom", null).status()).isEqualTo(401);
        assertThat(api.get("/rest/value-matrix/1.0/teams", null).status()).isEqualTo(401);
    }

    @Test
    void get_withWrongPassword_shouldBeAnonymous() {
        Api.Reply r = api.send(api.request(STREAM, null).header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString("alice:wrong".getBytes(StandardCharsets.UTF_8))).GET());

        assertThat(r.status()).isEqualTo(401);
    }

    private static List<Instant> times(JsonNode items) {
        List<Instant> out = new ArrayList<>();
        items.forEach(i -> out.add(Instant.parse(i.get("occurredAt").asText())));
        return out;
    }

    private static String teamKey(JsonNode team) {
        return team == null || team.isNull() ? null : team.get("key").asText();
    }
}
