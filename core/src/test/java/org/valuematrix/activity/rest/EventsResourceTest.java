package org.valuematrix.activity.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;
import static org.valuematrix.testing.RestResults.body;
import static org.valuematrix.testing.RestResults.contentType;
import static org.valuematrix.testing.RestResults.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.testing.EndlessBody;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.TestHost;
import org.valuematrix.testing.UriInfos;

/** Admin bulk exchange: {@code POST /events} per-item answers, {@code GET /events/export} NDJSON. */
class EventsResourceTest {
    private static final String JSON = "application/json";
    private static final String ONE = "{\"sourceId\":\"x:1\",\"occurredAt\":\"2026-03-02T09:00:00Z\",\"actor\":\"ann\","
            + "\"verb\":\"commented\",\"object\":{\"type\":\"page\",\"id\":\"1\",\"title\":\"Plan\",\"url\":\"/pages/1\"},"
            + "\"container\":{\"key\":\"ENG\",\"product\":\"confluence\"},\"counterpart\":\"carl\"}";

    private final TestHost host = TestHost.onH2().standard();
    private final EventsResource target = host.vm().eventsResource();

    @AfterEach
    void close() {
        host.close();
    }

    private Response post(String user, String contentType, String body) {
        return target.post(user == null ? Requests.anonymous() : Requests.as(user), contentType, Requests.body(body));
    }

    @Test
    void post_shouldStoreValidEventsAndRejectInvalidOnesWithReasons() {
        String invalid = "{\"sourceId\":\"x:2\",\"occurredAt\":\"yesterday\",\"actor\":\"ann\",\"verb\":\"shouted\","
                + "\"object\":{\"type\":\"page\",\"id\":\"2\"},\"container\":{\"key\":\"ENG\"}}";

        Response r = post("admin", JSON, "[" + ONE + "," + invalid + ",42," + ONE + "]");

        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode a = json(r);
        assertThat(a.get("accepted").asInt()).isEqualTo(2);
        assertThat(a.get("rejected").asInt()).isEqualTo(2);
        assertThat(a.get("stored").asInt()).isEqualTo(1);
        JsonNode results = a.get("results");
        assertThat(results.get(0).get("status").asText()).isEqualTo("stored");
        assertThat(results.get(0).get("sourceId").asText()).isEqualTo("x:1");
        assertThat(results.get(1).get("status").asText()).isEqualTo("rejected");
        assertThat(iterable(results.get(1).get("errors").fieldNames()))
                .contains("occurredAt", "verb", "container.product");
        assertThat(results.get(2).get("status").asText()).isEqualTo("rejected");
        assertThat(results.get(2).get("errors").has("event")).isTrue();
        assertThat(results.get(3).get("status").asText()).isEqualTo("duplicate");
        assertThat(host.db().count(AOActivityEvent.class)).isEqualTo(1);
    }

    @Test
    void post_shouldClassifyWithThisSitesTeams() {
        post("admin", JSON, "[" + ONE + "]");

        JsonNode item = json(host.vm().streamResource().get(Requests.as("vic"), UriInfos.query(""), null))
                .get("items").get(0);
        assertThat(item.get("scope").asText()).isEqualTo(Scope.ACROSS.wire());
        assertThat(item.get("novelty").asText()).isEqualTo("new");
    }

    @Test
    void post_occurredAtBeyondWhatCanBeStored_shouldBeRejectedNotFail() {
        String far = ONE.replace("2026-03-02T09:00:00Z", "+1000000000-12-31T23:59:59Z");

        Response r = post("admin", JSON, "[" + far + "]");

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(json(r).get("results").get(0).get("status").asText()).isEqualTo("rejected");
        assertThat(json(r).get("results").get(0).get("errors").has("occurredAt")).isTrue();
    }

    @Test
    void post_withAStatusChange_shouldStoreIt_andExportIt_andRefuseABadOne() throws Exception {
        String moved = ONE.replace("x:1", "x:2").substring(0, ONE.length() - 1) + ",\"status\":{\"from\":\"To Do\",\"to\":\"In Progress\"}}";
        String bad = ONE.replace("x:1", "x:3").substring(0, ONE.length() - 1) + ",\"status\":{\"from\":\"To Do\"}}";

        JsonNode answer = json(post("admin", JSON, "[" + moved + "," + bad + "]"));

        assertThat(answer.get("stored").asInt()).isEqualTo(1);
        assertThat(answer.toString()).contains("status.to");
        JsonNode line = new ObjectMapper().readTree(body(target.export(Requests.as("admin"), UriInfos.query("")))
                .lines().findFirst().orElseThrow());
        assertThat(line.get("status").get("from").asText()).isEqualTo("To Do");
        assertThat(line.get("status").get("to").asText()).isEqualTo("In Progress");
    }

    @Test
    void export_shouldReimportIntoAnotherSiteAsTheSameEvents() throws Exception {
        host.ingest(interaction("ann", "carl").sourceId("s1").day(0).title("Ü <tag> & \"q\"").build(),
                interaction("carl", "dora").sourceId("s2").day(1).verb(Verb.LIKED).in("ACME").build());

        Response export = target.export(Requests.as("admin"), UriInfos.query(""));
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(contentType(export)).startsWith("application/x-ndjson");
        List<String> lines = body(export).lines().collect(Collectors.toList());
        assertThat(lines).hasSize(2);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.get("sourceId").asText()).isEqualTo("s1");
        assertThat(line.get("classification").get("scope").asText()).isEqualTo("across");
        assertThat(line.get("object").get("title").asText()).isEqualTo("Ü <tag> & \"q\"");

        try (TestHost other = TestHost.onH2().standard()) {
            Response imported = other.vm().eventsResource().post(Requests.as("admin"), JSON,
                    Requests.body("[" + String.join(",", lines) + "]"));

            assertThat(json(imported).get("stored").asInt()).isEqualTo(2);
            String reexported = body(other.vm().eventsResource().export(Requests.as("admin"), UriInfos.query("")));
            assertThat(withoutIds(reexported)).isEqualTo(withoutIds(String.join("\n", lines) + "\n"));
        }
    }

    @Test
    void export_moreThanOneReadPage_shouldWriteEveryEventOnceInIdOrder() throws Exception {
        org.valuematrix.activity.CapturedEvent[] many = IntStream.range(0, 4_100)
                .mapToObj(i -> interaction("ann", "bob").sourceId("n" + i).at(org.valuematrix.testing.EventBuilder.T0
                        .plusSeconds(4_100 - i)).build())
                .toArray(org.valuematrix.activity.CapturedEvent[]::new);
        host.ingest(many);

        List<String> lines = body(target.export(Requests.as("admin"), UriInfos.query(""))).lines()
                .collect(Collectors.toList());

        assertThat(lines).hasSize(4_100);
        ObjectMapper mapper = new ObjectMapper();
        List<Long> ids = new java.util.ArrayList<>();
        for (String line : lines) {
            ids.add(mapper.readTree(line).get("id").asLong());
        }
        assertThat(ids).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void export_shouldHonourSinceAndUntil() {
        host.ingest(interaction("ann", "carl").sourceId("d0").day(0).build(),
                interaction("ann", "carl").sourceId("d1").day(1).build(),
                interaction("ann", "carl").sourceId("d2").day(2).build());

        String out = body(target.export(Requests.as("admin"), UriInfos.query("since=2026-03-03&until=2026-03-03")));

        assertThat(out.lines()).hasSize(1).allMatch(l -> l.contains("\"d1\""));
    }

    @Test
    void export_badSince_shouldAnswer400() {
        Response r = target.export(Requests.as("admin"), UriInfos.query("since=soon"));

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json(r).get("errors").has("since")).isTrue();
    }

    @Test
    void anonymous_shouldGet401AndNonAdmins403() {
        assertThat(post(null, JSON, "[]").getStatus()).isEqualTo(401);
        assertThat(post("vic", JSON, "[" + ONE + "]").getStatus()).isEqualTo(403);
        assertThat(target.export(Requests.anonymous(), UriInfos.query("")).getStatus()).isEqualTo(401);
        assertThat(target.export(Requests.as("ann"), UriInfos.query("")).getStatus()).isEqualTo(403);
        assertThat(host.db().count(AOActivityEvent.class)).isZero();
    }

    @Test
    void post_anonymousWithAnEndlessBody_shouldAnswer401WithoutReadingIt() {
        EndlessBody body = new EndlessBody();

        Response r = target.post(Requests.anonymous(), JSON, body);

        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(body.served()).isZero();
    }

    @Test
    void post_declaringMoreThanTheLimit_shouldAnswer413BeforeAskingWhoCalls() {
        EndlessBody body = new EndlessBody();

        Response anonymous = target.post(Requests.declaring(null, EventsResource.MAX_BODY_BYTES + 1), JSON, body);
        Response admin = target.post(Requests.declaring("admin", 50_000_000), JSON, body);

        assertThat(anonymous.getStatus()).isEqualTo(413);
        assertThat(admin.getStatus()).isEqualTo(413);
        assertThat(json(admin).get("status").asInt()).isEqualTo(413);
        assertThat(json(admin).get("errors").get("body").asText()).contains(String.valueOf(EventsResource.MAX_BODY_BYTES));
        assertThat(json(admin).get("errorMessages")).hasSize(1);
        assertThat(body.served()).isZero();
    }

    @Test
    void post_adminWithAnEndlessChunkedBody_shouldAnswer413AfterReadingOneByteMoreThanTheLimit() {
        EndlessBody body = new EndlessBody();

        Response r = target.post(Requests.as("admin"), JSON, body);

        assertThat(r.getStatus()).isEqualTo(413);
        assertThat(body.served()).isEqualTo(EventsResource.MAX_BODY_BYTES + 1);
        assertThat(host.db().count(AOActivityEvent.class)).isZero();
    }

    @Test
    void post_limit_shouldLetTenThousandExportSizedEventsThrough() {
        // An unknown verb: each line is read and answered, none is stored (which would only be slower).
        String line = ONE.replace("Plan", "A plan with a longer title than most, with <markup> & ampersands")
                .replace("commented", "shouted");
        String batch = "[" + IntStream.range(0, EventsResource.MAX_EVENTS)
                .mapToObj(i -> line.replace("x:1", "x:" + i)).collect(Collectors.joining(",")) + "]";

        Response r = post("admin", JSON, batch);

        assertThat((long) batch.length()).isLessThan(EventsResource.MAX_BODY_BYTES);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(json(r).get("rejected").asInt()).isEqualTo(EventsResource.MAX_EVENTS);
    }

    @Test
    void post_unknownCharset_shouldAnswer415ToAdminsAnd401ToAnonymous() {
        Response admin = post("admin", "application/json; charset=nonexistent", "[" + ONE + "]");
        Response anonymous = post(null, "application/json; charset=nonexistent", "[" + ONE + "]");

        assertThat(admin.getStatus()).isEqualTo(415);
        assertThat(json(admin).get("errors").get("Content-Type").asText()).contains("UTF-8");
        assertThat(body(admin)).doesNotContain("Exception");
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(host.db().count(AOActivityEvent.class)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"})
    void post_notJson_shouldAnswer415NamingContentType(String type) {
        Response r = post("admin", type, "[" + ONE + "]");

        assertThat(r.getStatus()).isEqualTo(415);
        assertThat(json(r).get("errors").has("Content-Type")).isTrue();
        assertThat(host.db().count(AOActivityEvent.class)).isZero();
    }

    @Test
    void post_jsonWithCharset_shouldBeAccepted() {
        assertThat(post("admin", "application/json; charset=UTF-8", "[" + ONE + "]").getStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[", "{\"a\":1}", "[1,2] [3]", "not json", "[{\"sourceId\":\"a\",\"sourceId\":\"b\"}]"})
    void post_malformedOrWrongShape_shouldAnswer400NamingTheBody(String body) {
        Response r = post("admin", JSON, body);

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json(r).get("errors").has("body")).isTrue();
    }

    @Test
    void post_deeplyNestedJson_shouldAnswer400() {
        Response r = post("admin", JSON, "[".repeat(100) + "]".repeat(100));

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json(r).get("errors").has("body")).isTrue();
    }

    @Test
    void post_moreThan10000Events_shouldAnswer400() {
        String many = IntStream.range(0, 10_001).mapToObj(i -> "{}").collect(Collectors.joining(",", "[", "]"));

        Response r = post("admin", JSON, many);

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json(r).get("errors").get("body").asText()).contains("10000");
    }

    private static String withoutIds(String ndjson) {
        return ndjson.replaceAll("\\{\"id\":\\d+,", "{");
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
