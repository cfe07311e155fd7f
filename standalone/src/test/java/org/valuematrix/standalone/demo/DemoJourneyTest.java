package org.valuematrix.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.matrix.Comparison;
import org.valuematrix.standalone.StandaloneOptions;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * The demo organisation tells the journey, as the value matrix measures it over HTTP: the
 * organisation at stage 1 in the demo year's first quarter and at stage 2 in its last, week by
 * week too; in the last quarter internal teams at every stage from 0 to 3, the stage-3 ones
 * through customer activity in customer-facing spaces they own; and benefit evidence with a
 * difference worth reading. The demo is loaded at {@link #EVENTS} events, the volume's only
 * effect on the stages being checked by {@link DemoScaleTest}; this test also checks that the
 * host's stages are the ones {@link DemoYearStages} computes at that volume.
 */
class DemoJourneyTest {
    /** Enough for the stage thresholds' weekly rates; {@link DemoScaleTest} shows the default volume agrees. */
    static final long EVENTS = 60_000;
    private static final String CORE = "/rest/value-matrix/1.0";
    private static final Set<String> OUTSIDERS = Set.of("customer", "partner");

    private static TestHost host;
    private static Api api;
    private static Instant end;
    private static LocalDate[] firstQuarter;
    private static LocalDate[] lastQuarter;
    private static JsonNode first;
    private static JsonNode last;

    @BeforeAll
    static void loadTheDemo() {
        host = TestHost.start(StandaloneOptions.defaults().withDemoEvents(EVENTS));
        api = host.api();
        end = host.host().demo().orElseThrow().end();
        firstQuarter = DemoYearStages.firstQuarter(end);
        lastQuarter = DemoYearStages.lastQuarter(end);
        first = matrix(firstQuarter);
        last = matrix(lastQuarter);
        // Kept in the test's output: the figures the README quotes.
        System.out.println("Last quarter's benefit evidence: " + last.get("organisation").get("evidence"));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void organisation_shouldMoveFromStage1InTheFirstQuarterToStage2InTheLast() {
        assertThat(first.get("organisation").get("stage").asInt()).as(criteria(first)).isEqualTo(1);
        assertThat(last.get("organisation").get("stage").asInt()).as(criteria(last)).isEqualTo(2);
    }

    @Test
    void organisation_weekByWeek_shouldStandAtStage1ThroughTheFirstQuarterAndAtStage2ThroughTheLast() {
        Api.Reply r = api.get(CORE + "/matrix/stages?weeks=53", "admin", Duration.ofMinutes(10));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode weeks = r.json().get("weeks");
        List<Integer> firstWeeks = new ArrayList<>();
        List<Integer> lastWeeks = new ArrayList<>();
        for (JsonNode w : weeks) {
            LocalDate from = LocalDate.parse(w.get("from").asText());
            LocalDate to = LocalDate.parse(w.get("to").asText());
            int stage = w.get("organisation").asInt();
            if (!from.isBefore(firstQuarter[0]) && !to.isAfter(firstQuarter[1])) {
                firstWeeks.add(stage);
            } else if (!from.isBefore(lastQuarter[0]) && !to.isAfter(lastQuarter[1])) {
                lastWeeks.add(stage);
            }
        }

        assertThat(firstWeeks).hasSizeGreaterThanOrEqualTo(11).containsOnly(1);
        assertThat(lastWeeks).hasSizeGreaterThanOrEqualTo(11).containsOnly(2);
    }

    @Test
    void teams_inTheLastQuarter_shouldStandAtEveryStage() {
        Map<Integer, Set<String>> byStage = new TreeMap<>();
        for (JsonNode t : last.get("teams")) {
            if (t.get("kind").asText().equals("internal")) {
                byStage.computeIfAbsent(t.get("stage").asInt(), k -> new TreeSet<>()).add(t.get("key").asText());
            }
        }

        assertThat(byStage).as(criteria(last)).containsOnlyKeys(0, 1, 2, 3);
        // A few teams, not most: stage 3 is where the journey ends.
        assertThat(byStage.get(3)).hasSizeBetween(2, 4);
    }

    @Test
    void stage3Teams_shouldGetThereThroughCustomerActivityInCustomerSpacesTheyOwn() {
        Map<String, String> owners = new HashMap<>();
        api.get(CORE + "/containers", "admin").json().get("containers")
                .forEach(c -> owners.put(c.get("key").asText(), c.get("owner").asText(null)));
        Map<String, String> kindOfGroup = new HashMap<>();
        JsonNode teams = api.get(CORE + "/teams", "admin").json().get("teams");
        teams.forEach(t -> t.get("groups").forEach(g -> kindOfGroup.put(g.asText(), t.get("kind").asText())));
        JsonNode directory = api.get("/rest/standalone/1.0/directory", "admin").json();
        Set<String> customerFacing = new TreeSet<>();
        for (String kind : List.of("spaces", "projects")) {
            for (JsonNode c : directory.get(kind)) {
                for (JsonNode g : c.get("viewGroups")) {
                    if (OUTSIDERS.contains(kindOfGroup.getOrDefault(g.asText(), ""))) {
                        customerFacing.add(c.get("key").asText());
                    }
                }
            }
        }

        int stage3 = 0;
        for (JsonNode t : last.get("teams")) {
            if (t.get("stage").asInt() != 3) {
                continue;
            }
            stage3++;
            String team = t.get("key").asText();
            assertThat(t.get("metrics").get("externalShare").asDouble()).as(team).isGreaterThanOrEqualTo(0.10);
            List<String> withCustomers = new ArrayList<>();
            for (String container : customerFacing) {
                if (team.equals(owners.get(container)) && customerInteracted(container)) {
                    withCustomers.add(container);
                }
            }
            assertThat(withCustomers).as("customer-facing spaces of %s with customer activity", team).isNotEmpty();
        }
        assertThat(stage3).isPositive();
    }

    @Test
    void evidence_ofTheLastQuarter_shouldShowCrossedWorkAnsweredAndResolvedFaster() {
        JsonNode evidence = last.get("organisation").get("evidence");

        for (String figure : List.of("timeToFirstResponse", "cycleTime")) {
            JsonNode split = evidence.get(figure);
            JsonNode crossed = split.get("crossedBoundary");
            JsonNode within = split.get("withinTeam");
            assertThat(split.get("enoughData").asBoolean()).as(figure).isTrue();
            assertThat(crossed.get("items").asInt()).as(figure).isGreaterThanOrEqualTo(Comparison.MIN_ITEMS);
            assertThat(within.get("items").asInt()).as(figure).isGreaterThanOrEqualTo(Comparison.MIN_ITEMS);
            // A difference worth reading: crossed work at most two thirds of the time, not a rounding away.
            assertThat(crossed.get("medianHours").asDouble()).as(figure + ": " + split)
                    .isLessThanOrEqualTo(within.get("medianHours").asDouble() * 2 / 3);
            assertThat(split.get("differenceHours").asDouble()).as(figure).isNegative();
        }
    }

    @Test
    void hostStages_shouldBeTheOnesComputedFromTheSimulatedEvents() {
        DemoYearStages model = new DemoYearStages(EVENTS, end);

        assertThat(stages(first)).isEqualTo(model.stages(firstQuarter[0], firstQuarter[1]));
        assertThat(stages(last)).isEqualTo(model.stages(lastQuarter[0], lastQuarter[1]));
    }

    @Test
    void personas_shouldStillTellTheirStories() {
        Map<String, Integer> stage = stages(last);

        assertThat(stage.get("eng")).as("alice's Engineering works across silos").isEqualTo(2);
        assertThat(stage.get("support")).as("bob's Support answers Acme").isEqualTo(3);
        assertThat(stage.get("prod")).as("priya's Product hears Initech").isEqualTo(3);
        assertThat(stage.get("sales")).as("sam's Sales works with Globex and the partner").isEqualTo(3);
        JsonNode carla = api.get(CORE + "/stream?actor=" + carlaKey() + "&limit=1", "admin").json().get("items");
        assertThat(carla).as("carla of Acme takes part").isNotEmpty();
        assertThat(carla.get(0).get("actorTeam").get("key").asText()).isEqualTo("acme");
    }

    private static JsonNode matrix(LocalDate[] days) {
        Api.Reply r = api.get(CORE + "/matrix?from=" + days[0] + "&to=" + days[1], "admin");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** @return the organisation's (key null) and every team's stage */
    private static Map<String, Integer> stages(JsonNode m) {
        Map<String, Integer> out = new HashMap<>();
        out.put(null, m.get("organisation").get("stage").asInt());
        m.get("teams").forEach(t -> out.put(t.get("key").asText(), t.get("stage").asInt()));
        return out;
    }

    private static String criteria(JsonNode m) {
        StringBuilder b = new StringBuilder();
        List<JsonNode> units = new ArrayList<>();
        units.add(m.get("organisation"));
        m.get("teams").forEach(units::add);
        for (JsonNode u : units) {
            b.append('\n').append(u.get("key").asText("organisation")).append(" stage ").append(u.get("stage"))
                    .append(" next ").append(u.get("next"));
        }
        return b.toString();
    }

    /** Whether a customer's or partner's person interacted in the container during the last quarter. */
    private static boolean customerInteracted(String container) {
        Instant since = lastQuarter[0].atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = lastQuarter[1].plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        JsonNode items = api.get(CORE + "/stream?container=" + container + "&scope=external&since=" + since
                + "&until=" + until + "&limit=200", "admin").json().get("items");
        for (JsonNode item : items) {
            JsonNode team = item.get("actorTeam");
            if (item.get("counterpart") != null && !item.get("counterpart").isNull() && team != null
                    && !team.isNull() && OUTSIDERS.contains(team.get("kind").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String carlaKey() {
        for (JsonNode u : api.get("/rest/standalone/1.0/directory", "admin").json().get("users")) {
            if (u.get("username").asText().equals("carla")) {
                return u.get("key").asText();
            }
        }
        throw new IllegalStateException("no carla");
    }
}
