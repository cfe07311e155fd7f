package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.ws.rs.core.Response;
import net.jqwik.api.statistics.Statistics;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.RestResults;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;
import org.valuematrix.testing.UriInfos;

/**
 * Every number {@code GET /matrix} answers equals the same definition computed independently:
 * for a random organisation ({@link RandomOrganisation}) and random events ({@link RandomActivity})
 * stored through the real ingest into Active Objects, the events are exported as a user exports
 * them ({@code GET /events/export}) and DuckDB computes, in SQL written from value-matrix.md
 * ({@link MatrixSqlOracle}), the whole answer for random periods (week, month, quarter, custom;
 * finished, running or still to come) and viewers: an administrator (everything), an internal
 * person (the organisation and their own teams, from the containers they may view), a member of
 * the viewer group, and a customer or partner (refused). Numbers compare exactly: counts as
 * integers, ratios and medians as the same doubles. The classification each exported event carries
 * (scope, novelty, home teams) is checked against the definition too, since the figures rest on it.
 */
abstract class MatrixReportOracleContract {
    private static final ZoneId[] ZONES = {ZoneId.of("America/New_York"), ZoneId.of("Pacific/Auckland"),
        ZoneId.of("UTC"), ZoneId.of("Asia/Kolkata")};
    private static final String[] KINDS = {"week", "month", "quarter", "custom"};
    private static final ObjectMapper SORTED = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    protected abstract TestDatabase db();

    /** One random organisation, its events, and a few questions to the matrix from several viewers. */
    void check(long seed, int count) throws IOException, SQLException {
        TestDatabase db = db();
        db.clear();
        Random random = new Random(seed);
        ZoneId zone = ZONES[random.nextInt(ZONES.length)];
        TestHost host = new TestHost(db, zone);
        Path export = Files.createTempFile("matrix-oracle", ".ndjson");
        try {
            RandomOrganisation org = RandomOrganisation.of(random);
            org.applyTo(host);
            List<CapturedEvent> events = new ArrayList<>(new RandomActivity(random, org).events(count));
            Collections.shuffle(events, random);
            for (int i = 0; i < events.size(); ) {
                int n = 1 + random.nextInt(40);
                host.vm().ingest().ingest(events.subList(i, Math.min(events.size(), i + n)));
                i += n;
            }
            Response exported = host.vm().eventsResource().export(Requests.as(RandomOrganisation.ADMIN), UriInfos.query(""));
            assertThat(exported.getStatus()).isEqualTo(200);
            Files.writeString(export, RestResults.body(exported), StandardCharsets.UTF_8);
            try (MatrixSqlOracle oracle = new MatrixSqlOracle(export, org, zone)) {
                assertThat(oracle.events()).as("exported events").isEqualTo(count);
                assertThat(oracle.misclassified()).as("exported classifications against the definition").isEmpty();
                for (int q = 0; q < 2; q++) {
                    ask(host, oracle, org, zone, random);
                }
            }
        } finally {
            host.vm().close();
            Files.deleteIfExists(export);
        }
    }

    private static void ask(TestHost host, MatrixSqlOracle oracle, RandomOrganisation org, ZoneId zone, Random random)
            throws SQLException {
        LocalDate first = LocalDate.ofInstant(RandomActivity.start(), zone);
        String kind = KINDS[random.nextInt(KINDS.length)];
        LocalDate from = first.plusDays(random.nextInt(RandomActivity.DAYS + 20) - 10);
        LocalDate to = kind.equals("custom") ? from.plusDays(random.nextInt(100)) : null;
        Instant now = RandomActivity.start().plus(Duration.ofHours(random.nextInt(24 * (RandomActivity.DAYS + 40))));
        host.clock().set(now);
        LocalDate today = LocalDate.ofInstant(now, zone);
        String query = to == null ? "period=" + kind + "&from=" + from : "from=" + from + "&to=" + to;
        for (String viewer : viewers(org, random)) {
            Map<String, Object> expected = oracle.report(viewer, kind, from, to, today, zone);
            Response actual = host.vm().matrixResource().get(Requests.as(viewer), UriInfos.query(query));
            String what = String.format("GET /matrix?%s as %s on %s in %s", query, viewer, today, zone);
            if (expected == null) {
                assertThat(actual.getStatus()).as(what).isEqualTo(403);
                continue;
            }
            assertThat(actual.getStatus()).as(what + ": " + RestResults.body(actual)).isEqualTo(200);
            JsonNode answer = RestResults.json(actual);
            assertRatesAtMostOne(answer, what);
            assertThat(sorted(withoutBeforeAfter(answer))).as(what).isEqualTo(sorted(expected));
            Statistics.label("viewer").collect(viewer.equals(RandomOrganisation.ADMIN) ? "admin" : "other");
            Statistics.label("stages").collect(stages(expected));
        }
    }

    /**
     * Active members and contributors are members, so neither rate can pass 1 whatever the events:
     * checked on the answer itself, independently of the SQL definition.
     */
    private static void assertRatesAtMostOne(JsonNode answer, String what) {
        List<JsonNode> units = new ArrayList<>();
        units.add(answer.get("organisation"));
        answer.get("teams").forEach(units::add);
        for (JsonNode unit : units) {
            for (String rate : new String[] {"participation", "contributionRate"}) {
                JsonNode value = unit.get("metrics").get(rate);
                if (value != null && !value.isNull()) {
                    assertThat(value.asDouble()).as("%s: %s of %s", what, rate,
                            unit.get("key").isNull() ? "the organisation" : unit.get("key").asText()).isBetween(0.0, 1.0);
                }
            }
        }
    }

    /** The administrator, an internal person, a customer or partner if any, a viewer group member if any. */
    private static List<String> viewers(RandomOrganisation org, Random random) {
        List<String> out = new ArrayList<>();
        out.add(RandomOrganisation.ADMIN);
        List<String> outsiders = org.outsiders();
        List<String> insiders = new ArrayList<>(org.people);
        insiders.removeAll(outsiders);
        if (!insiders.isEmpty()) {
            out.add(insiders.get(random.nextInt(insiders.size())));
        }
        if (!outsiders.isEmpty()) {
            out.add(outsiders.get(random.nextInt(outsiders.size())));
        }
        for (String p : org.people) {
            if (org.groupsOf.get(p).contains(RandomOrganisation.VIEWER_GROUP)) {
                out.add(p);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String stages(Map<String, Object> expected) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> team : (List<Map<String, Object>>) expected.get("teams")) {
            out.append(team.get("stage"));
        }
        return out.toString().chars().max().stream().mapToObj(c -> "highest team stage " + (char) c).findFirst()
                .orElse("no team shown");
    }

    /**
     * Before/after evidence is judged on the weekly stage history of 64 weeks, which the oracle's
     * SQL does not compute; {@code MatrixServiceWeeklyTest} checks it against single-week reads.
     */
    private static JsonNode withoutBeforeAfter(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        for (JsonNode evidence : copy.findParents("beforeAfter")) {
            ((ObjectNode) evidence).remove("beforeAfter");
        }
        return copy;
    }

    private static String sorted(Object tree) {
        try {
            return SORTED.writeValueAsString(SORTED.convertValue(tree instanceof JsonNode ? tree : SORTED.valueToTree(tree),
                    Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
