package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.StandaloneOptions;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.Events;
import org.valuematrix.standalone.support.TestHost;

/** The standalone host on PostgreSQL (--db-url): it loads the demo and answers REST as on H2. */
class PostgresHostTest {
    private static EmbeddedPostgres postgres;
    private static TestHost host;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        host = TestHost.start(StandaloneOptions.defaults().withDemoEvents(500)
                .withDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (host != null) {
            host.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void restRoundTrip_shouldWorkOnPostgres() {
        Api api = host.api();
        DemoUsers users = new DemoUsers(api);
        assertThat(host.host().database().url()).startsWith("jdbc:postgresql:");

        Api.Reply stream = api.get("/rest/value-matrix/1.0/stream?limit=5", "alice");
        Api.Reply team = api.put("/rest/value-matrix/1.0/teams/pg-guild", "admin", "application/json",
                Api.json(Map.of("name", "PG guild", "kind", "internal", "groups", List.of("quality"))));
        Api.Reply posted = api.post("/rest/value-matrix/1.0/events", "admin", "application/json", Api.json(List.of(
                Events.event("pg-" + System.nanoTime(), Instant.now().toString(), users.key("alice"), "commented", "ENG",
                        "confluence", users.key("bob"), "Stored in PostgreSQL"))));
        Api.Reply after = api.get("/rest/value-matrix/1.0/stream?limit=1", "alice");
        Api.Reply export = api.get("/rest/value-matrix/1.0/events/export", "admin");
        Api.Reply bad = api.get("/rest/value-matrix/1.0/stream?cursor=broken", "alice");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.json().get("items")).hasSize(5);
        assertThat(team.status()).isEqualTo(201);
        assertThat(posted.json().get("stored").asInt()).isEqualTo(1);
        assertThat(after.json().get("items").get(0).get("object").get("title").asText()).isEqualTo("Stored in PostgreSQL");
        assertThat(after.json().get("items").get(0).get("scope").asText()).isEqualTo("across");
        assertThat(export.body().split("\n")).hasSize(501);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(api.get("/display/ENG", "alice").status()).isEqualTo(200);
    }
}
