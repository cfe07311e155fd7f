package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.rest.EventsResource;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.RawHttp;
import org.valuematrix.standalone.support.TestHost;

/**
 * Request bodies are limited before the caller is checked and before they are read whole: over
 * real HTTP, with 50 MB bodies generated as they are sent (the test needs no heap for them).
 */
class BodyLimitRestTest {
    private static final String REST = "/rest/value-matrix/1.0";
    private static final long FIFTY_MB = 50_000_000;
    private static final String JSON = "Content-Type: application/json";
    private static Api api;
    private static RawHttp http;

    @BeforeAll
    static void host() {
        api = TestHost.shared().api();
        http = new RawHttp(api.base());
    }

    @Test
    void post_declaringFiftyMegabytes_shouldAnswer413AtOnce() {
        RawHttp.Upload anonymous = http.upload("POST " + REST + "/events HTTP/1.1\r\n" + JSON, FIFTY_MB, false);
        RawHttp.Upload admin = http.upload("POST " + REST + "/events HTTP/1.1\r\n" + JSON + "\r\n"
                + RawHttp.basic("admin"), FIFTY_MB, false);

        for (RawHttp.Upload u : List.of(anonymous, admin)) {
            assertThat(u.reply().status()).as(u.toString()).isEqualTo(413);
            assertThat(u.reply().json().get("status").asInt()).isEqualTo(413);
            assertThat(u.reply().json().get("errors").get("body").asText())
                    .contains(String.valueOf(EventsResource.MAX_BODY_BYTES));
            assertThat(u.sentWhenAnswered()).as("answered without reading the body: " + u)
                    .isLessThanOrEqualTo(RawHttp.PAUSE_AT);
        }
    }

    @Test
    void post_anonymousChunkedFiftyMegabytes_shouldAnswer401WithoutReadingIt() {
        RawHttp.Upload u = http.upload("POST " + REST + "/events HTTP/1.1\r\n" + JSON, FIFTY_MB, true);

        assertThat(u.reply().status()).as(u.toString()).isEqualTo(401);
        assertThat(u.reply().json().get("errorMessages")).isNotEmpty();
        assertThat(u.sentWhenAnswered()).as("answered without reading the body: " + u)
                .isLessThanOrEqualTo(RawHttp.PAUSE_AT);
    }

    @Test
    void post_adminChunkedFiftyMegabytes_shouldBeCutAtTheLimitWith413() {
        RawHttp.Upload u = http.upload("POST " + REST + "/events HTTP/1.1\r\n" + JSON + "\r\n" + RawHttp.basic("admin"),
                FIFTY_MB, true);

        assertThat(u.reply().status()).as(u.toString()).isEqualTo(413);
        assertThat(u.reply().json().get("errors").has("body")).isTrue();
        assertThat(u.sentWhenAnswered()).as("cut at the limit: " + u).isLessThanOrEqualTo(RawHttp.PAUSE_AT);
    }

    @Test
    void put_teamWithABodyOverItsOwnLimit_shouldAnswer413DeclaredOrChunked() {
        String head = "PUT " + REST + "/teams/big-body HTTP/1.1\r\n" + JSON + "\r\n" + RawHttp.basic("admin");

        RawHttp.Upload declared = http.upload(head, 100_000, false);
        RawHttp.Upload chunked = http.upload(head, 100_000, true);

        assertThat(declared.reply().status()).as(declared.toString()).isEqualTo(413);
        assertThat(chunked.reply().status()).as(chunked.toString()).isEqualTo(413);
        assertThat(chunked.reply().json().get("errors").get("body").asText()).contains("65536");
        assertThat(api.get(REST + "/teams", "admin").body()).doesNotContain("big-body");
    }

    @Test
    void getWithADeclaredBodyOverTheHostsCeiling_shouldAnswer413BeforeAnyResource() {
        RawHttp.Upload u = http.upload("GET " + REST + "/stream HTTP/1.1\r\n" + RawHttp.basic("alice"), FIFTY_MB, false);

        assertThat(u.reply().status()).as(u.toString()).isEqualTo(413);
        assertThat(u.reply().header("Content-Type")).startsWith("application/json");
    }

    @Test
    void thirtyTwoConcurrentAnonymousFiftyMegabyteBodies_shouldBeRefusedWhileTheHostStaysHealthy() throws Exception {
        List<String> heads = List.of(
                "POST " + REST + "/events HTTP/1.1\r\n" + JSON,
                "PUT " + REST + "/teams/flood HTTP/1.1\r\n" + JSON,
                "PUT " + REST + "/containers/ENG/owner HTTP/1.1\r\n" + JSON,
                "POST /rest/standalone/1.0/containers/ENG/content HTTP/1.1\r\n" + JSON);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<RawHttp.Upload>> uploads = new ArrayList<>();
        try {
            for (int i = 0; i < 32; i++) {
                String head = heads.get(i % heads.size());
                boolean chunked = i % 2 == 0;
                uploads.add(pool.submit(() -> http.upload(head, FIFTY_MB, chunked)));
            }
            for (Future<RawHttp.Upload> f : uploads) {
                RawHttp.Upload u = f.get();
                assertThat(u.reply().status()).as(u.toString()).isIn(401, 413);
                assertThat(u.reply().header("Content-Type")).startsWith("application/json");
                assertThat(u.sentWhenAnswered()).as("answered without reading the body: " + u)
                        .isLessThanOrEqualTo(RawHttp.PAUSE_AT);
            }
        } finally {
            pool.shutdownNow();
        }

        Api.Reply after = api.get(REST + "/stream?limit=5", "alice");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("items")).hasSize(5);
    }
}
