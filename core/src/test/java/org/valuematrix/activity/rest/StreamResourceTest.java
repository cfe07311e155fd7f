package org.valuematrix.activity.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.event;
import static org.valuematrix.testing.EventBuilder.interaction;
import static org.valuematrix.testing.RestResults.body;
import static org.valuematrix.testing.RestResults.contentType;
import static org.valuematrix.testing.RestResults.header;
import static org.valuematrix.testing.RestResults.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuematrix.activity.Verb;
import org.valuematrix.testing.FakeWebResources;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.TestHost;
import org.valuematrix.testing.UriInfos;

/** {@code GET /stream} called in-process: JSON and Activity Streams 2.0 shapes, 401, 400s. */
class StreamResourceTest {
    private static final String SCRIPT_TITLE = "</script><script>alert('x')</script> & \"quoted\"";

    private final TestHost host = TestHost.onH2().standard();
    private StreamResource target;

    @BeforeEach
    void events() {
        target = host.vm().streamResource();
        host.ingest(
                interaction("ann", "carl").sourceId("c1").day(0).verb(Verb.COMMENTED)
                        .object("page", "101", "Release plan", "/pages/101").in("ENG").build(),
                event().actor("carl").alone().sourceId("c2").day(1).verb(Verb.CREATED).product("jira")
                        .object("issue", "SUP-7", SCRIPT_TITLE, "/browse/SUP-7").in("SUP").build(),
                interaction("dora", "carl").sourceId("c3").day(2).verb(Verb.LIKED)
                        .object("comment", "9", "Thanks!", "/pages/5#comment-9").in("ACME").build());
    }

    @AfterEach
    void close() {
        host.close();
    }

    private Response get(String user, String query) {
        return target.get(user == null ? Requests.anonymous() : Requests.as(user), UriInfos.query(query), null);
    }

    @Test
    void get_shouldAnswerItemsWithEveryDocumentedField() {
        Response r = get("vic", "");

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("application/json");
        JsonNode items = json(r).get("items");
        assertThat(items).hasSize(3);
        JsonNode like = items.get(0);
        assertThat(like.get("id").isIntegralNumber()).isTrue();
        assertThat(like.get("occurredAt").asText()).isEqualTo("2026-03-04T09:00:00Z");
        assertThat(like.get("actor").get("key").asText()).isEqualTo("dora");
        assertThat(like.get("actor").get("displayName").asText()).isEqualTo("Dora Dunn");
        assertThat(like.get("verb").asText()).isEqualTo("liked");
        assertThat(like.get("object").get("type").asText()).isEqualTo("comment");
        assertThat(like.get("object").get("id").asText()).isEqualTo("9");
        assertThat(like.get("object").get("title").asText()).isEqualTo("Thanks!");
        assertThat(like.get("object").get("url").asText()).isEqualTo("/pages/5#comment-9");
        assertThat(like.get("container").get("key").asText()).isEqualTo("ACME");
        assertThat(like.get("container").get("name").asText()).isEqualTo("Acme customer space");
        assertThat(like.get("container").get("product").asText()).isEqualTo("confluence");
        assertThat(like.get("counterpart").get("key").asText()).isEqualTo("carl");
        assertThat(like.get("counterpart").get("displayName").asText()).isEqualTo("Carl Cook");
        assertThat(like.get("scope").asText()).isEqualTo("external");
        assertThat(like.get("novelty").asText()).isEqualTo("new");
        assertThat(like.get("actorTeam").get("key").asText()).isEqualTo("acme");
        assertThat(like.get("actorTeam").get("name").asText()).isEqualTo("Acme Corp");
        assertThat(like.get("actorTeam").get("kind").asText()).isEqualTo("customer");
        assertThat(like.get("counterpartTeam").get("key").asText()).isEqualTo("support");
        assertThat(json(r).get("nextCursor").isNull()).isTrue();
    }

    @Test
    void get_participationItem_shouldHaveNullCounterpartScopeAndNovelty() {
        JsonNode created = json(get("vic", "verb=created")).get("items").get(0);

        assertThat(created.get("counterpart").isNull()).isTrue();
        assertThat(created.get("scope").isNull()).isTrue();
        assertThat(created.get("novelty").isNull()).isTrue();
        assertThat(created.get("counterpartTeam").isNull()).isTrue();
        assertThat(created.get("actorTeam").get("key").asText()).isEqualTo("support");
        assertThat(created.get("container").get("product").asText()).isEqualTo("jira");
    }

    @Test
    void get_shouldEscapeHtmlCharactersInsideJsonStrings() {
        Response r = get("vic", "verb=created");

        String raw = body(r);
        assertThat(raw).doesNotContain("<", ">", "&").containsIgnoringCase("\\u003c/script\\u003e");
        assertThat(json(r).get("items").get(0).get("object").get("title").asText()).isEqualTo(SCRIPT_TITLE);
    }

    @Test
    void get_shouldFollowNextCursorToTheEnd() {
        List<String> verbs = new ArrayList<>();
        String query = "limit=2";
        for (int page = 0; page < 5; page++) {
            JsonNode doc = json(get("vic", query));
            doc.get("items").forEach(i -> verbs.add(i.get("verb").asText()));
            if (doc.get("nextCursor").isNull()) {
                break;
            }
            query = "limit=2&cursor=" + doc.get("nextCursor").asText();
        }

        assertThat(verbs).containsExactly("liked", "created", "commented");
    }

    @Test
    void get_shouldApplyFiltersAndPermissions() {
        assertThat(json(get("vic", "scope=across")).get("items")).extracting(i -> i.get("verb").asText())
                .containsExactly("commented");
        assertThat(json(get("vic", "team=acme,eng&scope=external,across")).get("items")).hasSize(2);
        assertThat(json(get("dora", "")).get("items")).as("dora may only view ACME")
                .extracting(i -> i.get("container").get("key").asText()).containsExactly("ACME");
    }

    @Test
    void get_anonymous_shouldAnswer401() {
        Response r = get(null, "");

        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(header(r, "WWW-Authenticate")).startsWith("Basic");
        assertThat(json(r).get("errorMessages")).isNotEmpty();
        assertThat(body(r)).doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "scope, sideways",
        "since, 31-01-2026",
        "until, tomorrow",
        "limit, 0",
        "limit, 201",
        "limit, abc",
        "cursor, bm90LWEtY3Vyc29y",
        "team, nobody",
        "verb, shouted",
        "since, +999999999-12-31T23:59:59Z",
    })
    void get_badParameter_shouldAnswer400NamingIt(String name, String value) {
        Response r = get("vic", name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(r.getStatus()).isEqualTo(400);
        JsonNode errors = json(r).get("errors");
        assertThat(iterable(errors.fieldNames())).containsExactly(name);
        assertThat(errors.get(name).asText()).isNotBlank();
        assertThat(json(r).get("status").asInt()).isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource({"actor, a%00b", "container, E%00NG", "team, e%00ng"})
    void get_nulInAFilter_shouldAnswer400EvenWherePostgreSqlCouldNotQueryIt(String name, String value) {
        try (TestHost pg = new TestHost(org.valuematrix.testing.TestDatabase.postgres()).standard()) {
            Response r = pg.vm().streamResource().get(Requests.as("vic"), UriInfos.query(name + "=" + value), null);

            assertThat(r.getStatus()).isEqualTo(400);
            assertThat(json(r).get("errors").has(name)).isTrue();
        }
    }

    @Test
    void get_acceptingAtom_shouldAnswerTheFeedOfStreamAtomWithTheSameFilters() {
        // REST v1 sends GET /stream.atom here, with exactly this Accept header.
        Response viaAccept = target.get(Requests.as("vic"), UriInfos.query("scope=external&limit=1"),
                "application/atom+xml");
        Response viaPath = host.vm().streamAtomResource().get(Requests.as("vic"), UriInfos.query("scope=external&limit=1"));

        assertThat(viaAccept.getStatus()).isEqualTo(200);
        assertThat(contentType(viaAccept)).startsWith("application/atom+xml");
        String feed = body(viaAccept);
        assertThat(feed).startsWith("<?xml").contains("<feed", "Thanks!").doesNotContain("Release plan");
        assertThat(feed).isEqualTo(body(viaPath));
    }

    @Test
    void get_acceptingAtomAnonymouslyOrWithABadFilter_shouldAnswerJsonErrors() {
        Response anonymous = target.get(Requests.anonymous(), UriInfos.query(""), "application/atom+xml");
        Response bad = target.get(Requests.as("vic"), UriInfos.query("scope=sideways"), "application/atom+xml");

        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(contentType(anonymous)).startsWith("application/json");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(json(bad).get("errors").has("scope")).isTrue();
    }

    @Test
    void get_asABrowserAsks_shouldAnswerJson() {
        Response r = target.get(Requests.as("vic"), UriInfos.query(""),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(contentType(r)).startsWith("application/json");
        assertThat(json(r).get("items")).hasSize(3);
    }

    @Test
    void get_asActivityStreams_shouldAnswerAnOrderedCollectionPage() {
        Response r = target.get(Requests.as("vic"), UriInfos.query("limit=1&scope=across,external"),
                "application/activity+json, application/json;q=0.5");

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("application/activity+json");
        JsonNode doc = json(r);
        assertThat(doc.get("@context").get(0).asText()).isEqualTo("https://www.w3.org/ns/activitystreams");
        assertThat(doc.get("type").asText()).isEqualTo("OrderedCollectionPage");
        assertThat(doc.get("id").asText()).startsWith(FakeWebResources.BASE_URL + "/rest/value-matrix/1.0/stream?");
        JsonNode items = doc.get("orderedItems");
        assertThat(items).hasSize(1);
        JsonNode like = items.get(0);
        assertThat(like.get("type").asText()).isEqualTo("Like");
        assertThat(like.get("published").asText()).isEqualTo("2026-03-04T09:00:00Z");
        assertThat(like.get("actor").get("type").asText()).isEqualTo("Person");
        assertThat(like.get("actor").get("name").asText()).isEqualTo("Dora Dunn");
        assertThat(like.get("object").get("name").asText()).isEqualTo("Thanks!");
        assertThat(like.get("object").get("url").asText()).isEqualTo(FakeWebResources.BASE_URL + "/pages/5#comment-9");
        assertThat(like.get("target").get("name").asText()).isEqualTo("Acme customer space");
        assertThat(like.get("to").get(0).get("name").asText()).isEqualTo("Carl Cook");
        assertThat(like.get("vm:scope").asText()).isEqualTo("external");
        assertThat(like.get("summary").asText()).as("the page's sentence")
                .isEqualTo("Dora Dunn liked \u201cThanks!\u201d by Carl Cook in Acme customer space");

        String next = doc.get("next").asText();
        assertThat(next).startsWith(FakeWebResources.BASE_URL + "/rest/value-matrix/1.0/stream?").contains("scope=across")
                .contains("scope=external").contains("limit=1").contains("cursor=");
    }

    @Test
    void get_asActivityStreams_shouldLinkUnderTheCanonicalBaseUrlWhateverHostTheRequestNames() {
        Response r = target.get(Requests.as("vic"), UriInfos.query("limit=2"), "application/activity+json");

        JsonNode doc = json(r);
        List<String> links = new ArrayList<>(List.of(doc.get("id").asText(), doc.get("next").asText()));
        for (JsonNode a : doc.get("orderedItems")) {
            links.add(a.get("object").get("id").asText());
            links.add(a.get("object").get("url").asText());
            links.add(a.get("target").get("id").asText());
        }
        assertThat(links).hasSize(8).allSatisfy(link -> assertThat(link).startsWith(FakeWebResources.BASE_URL + "/"));
        assertThat(body(r)).as("the request's Host").doesNotContain(Requests.HOST);
    }

    @Test
    void get_asActivityStreamsLastPage_shouldHaveNoNext() {
        Response r = target.get(Requests.as("vic"), UriInfos.query(""), "application/activity+json");

        assertThat(json(r).has("next")).isFalse();
        assertThat(json(r).get("orderedItems")).extracting(a -> a.get("type").asText())
                .containsExactly("Like", "Create", "Create");
        assertThat(json(r).get("orderedItems").get(1).has("to")).as("no counterpart, no 'to'").isFalse();
    }

    @Test
    void get_asActivityStreams_shouldEscapeHtmlToo() {
        Response r = target.get(Requests.as("vic"), UriInfos.query("verb=created"), "application/activity+json");

        assertThat(body(r)).doesNotContain("<", ">", "&");
        assertThat(json(r).get("orderedItems").get(0).get("object").get("name").asText()).isEqualTo(SCRIPT_TITLE);
        assertThat(json(r).get("orderedItems").get(0).get("summary").asText()).as("HTML, as the vocabulary types it")
                .contains("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .doesNotContain("<", ">");
    }

    private static <T> Iterable<T> iterable(Iterator<T> it) {
        return () -> it;
    }
}
