package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.T0;
import static org.valuematrix.testing.EventBuilder.event;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.stream.VisibleSets;
import org.valuematrix.matrix.rollup.Days;
import org.valuematrix.matrix.rollup.RollupReader;
import org.valuematrix.team.TeamKind;
import org.valuematrix.testing.TestHost;

/**
 * The weekly figures of the matrix (trends, stage history, before/after evidence) all come from
 * one read per week, and each equals what a read of that week alone gives.
 *
 * <p>The story: Engineering (ann, bob) is quiet until the week of {@code T0}; in the 12 weeks
 * before, 24 of bob's pages are answered by carl (Support) after 10 hours; from the week of
 * {@code T0}, for 12 weeks, 24 of bob's pages are answered by ann after 2 hours, two within-team
 * interactions a week: Engineering and the organisation reach stage 1 in the week of T0 and fall
 * back to 0 after. Today is 30 weeks after T0.
 */
class MatrixServiceWeeklyTest {
    private static final LocalDate REACHED = LocalDate.ofInstant(T0, ZoneOffset.UTC);
    private TestHost host;
    private MatrixService target;

    @BeforeEach
    void story() {
        host = TestHost.onH2().standard();
        host.clock().set(T0.plus(Duration.ofDays(7 * 30)));
        List<CapturedEvent> events = new ArrayList<>();
        for (int week = -12; week < 12; week++) {
            for (int i = 0; i < 2; i++) {
                String id = "w" + week + "-" + i;
                java.time.Instant created = T0.plus(Duration.ofDays(7L * week + 1 + i));
                events.add(event().sourceId("c-" + id).actor("bob").verb(Verb.CREATED).alone()
                        .object("page", id, "Page " + id, "/pages/" + id).at(created).build());
                boolean after = week >= 0;
                events.add(interaction(after ? "ann" : "carl", "bob").sourceId("r-" + id).verb(Verb.COMMENTED)
                        .object("page", id, "Page " + id, "/pages/" + id)
                        .at(created.plus(Duration.ofHours(after ? 2 : 10))).build());
            }
        }
        host.vm().ingest().ingest(events);
        target = host.vm().matrixService();
    }

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void report_evidence_shouldCompareTheTwelveWeeksBeforeAndAfterEachStageWasFirstReached() {
        Map<String, Object> report = target.report("admin", target.query(Map.of()));

        for (Map<String, Object> unit : List.of(organisation(report), team(report, "eng"))) {
            List<Map<String, Object>> beforeAfter = beforeAfter(unit);
            assertThat(beforeAfter).as("%s: stage 1 only", unit.get("key")).hasSize(1);
            Map<String, Object> one = beforeAfter.get(0);
            assertThat(one).containsEntry("stage", 1).containsEntry("reached", REACHED.toString())
                    .containsEntry("weeksAfter", 12);
            Map<String, Object> response = map(one.get("timeToFirstResponse"));
            assertThat(response.get("before")).isEqualTo(Map.of("medianHours", 10.0, "items", 24L));
            assertThat(response.get("after")).isEqualTo(Map.of("medianHours", 2.0, "items", 24L));
            assertThat(response).containsEntry("enoughData", true).containsEntry("differenceHours", -8.0);
            assertThat(map(map(one.get("cycleTime")).get("after"))).containsEntry("items", 0L);
        }
        assertThat(map(organisation(report).get("evidence"))).containsKeys("timeToFirstResponse", "cycleTime");
    }

    @Test
    void report_evidence_aStageAlreadyHeldBeforeTheWeeksShown_shouldHaveNoBeforeAfter() {
        host.clock().set(T0.plus(Duration.ofDays(7 * 5)));

        Map<String, Object> report = target.report("admin", target.query(Map.of()));

        assertThat(beforeAfter(team(report, "eng"))).as("reached in week 33 of 64: known").hasSize(1);
        host.clock().set(T0.plus(Duration.ofDays(7L * (MatrixService.TREND_WEEKS + 1))));
        assertThat(beforeAfter(team(target.report("admin", target.query(Map.of())), "eng")))
                .as("reached 53 weeks ago, in the weeks read before the year shown: left out").isEmpty();
    }

    @Test
    void stages_shouldBeOneExactlyInTheTwelveWeeksFromReachingIt() {
        Map<String, Object> stages = target.stages("admin", null);

        List<Map<String, Object>> weeks = list(stages.get("weeks"));
        assertThat(weeks).hasSize(MatrixService.TREND_WEEKS);
        for (Map<String, Object> w : weeks) {
            LocalDate from = LocalDate.parse((String) w.get("from"));
            int expected = !from.isBefore(REACHED) && from.isBefore(REACHED.plusWeeks(12)) ? 1 : 0;
            assertThat(w.get("organisation")).as("organisation, week of %s", from).isEqualTo(expected);
            assertThat(map(w.get("teams")).get("eng")).as("eng, week of %s", from).isEqualTo(expected);
            assertThat(map(w.get("teams")).get("support")).as("support, week of %s", from).isEqualTo(0);
        }
    }

    @Test
    void trend_everyMetricEveryWeek_shouldEqualAReadOfThatWeekAlone_withUndefinedWeeksAsGaps() {
        RollupReader reader = host.vm().rollupReader();
        long members = 2;
        for (Metric metric : Metric.values()) {
            List<Map<String, Object>> weeks = list(target.trend("admin", "eng", metric.wire(), "40").get("weeks"));
            assertThat(weeks).hasSize(40);
            for (Map<String, Object> w : weeks) {
                LocalDate from = LocalDate.parse((String) w.get("from"));
                LocalDate to = LocalDate.parse((String) w.get("to")).plusDays(1);
                UnitCounts alone = reader.unit("eng", from.toEpochDay(), Math.min(to.toEpochDay(), today() + 1), null);
                assertThat(w.get("value")).as("%s, week of %s", metric.wire(), from)
                        .isEqualTo(Metrics.of(alone, members).value(metric));
            }
        }
        List<Map<String, Object>> response = list(target.trend("admin", "eng", "timeToFirstResponseHours", "40")
                .get("weeks"));
        assertThat(response.stream().filter(w -> w.get("value") == null).count())
                .as("weeks without answered items are gaps: 9 weeks of carl's answers and 12 of ann's are in the 40")
                .isEqualTo(40 - 9 - 12);
        assertThat(response.stream().filter(w -> Double.valueOf(2.0).equals(w.get("value"))).count()).isEqualTo(12);
    }

    @Test
    void page_shouldReadEachWeekOnceForEveryUnit_whateverTheNumberOfTeamsAndMetrics() {
        for (int i = 0; i < 6; i++) {
            host.team("extra" + i, "Extra " + i, TeamKind.INTERNAL, "eng");
        }
        AtomicInteger unitReads = new AtomicInteger();
        AtomicInteger teamsReads = new AtomicInteger();
        RollupReader counting = new RollupReader(host.vm().entityAccess(), host.vm().teamCatalog(),
                new VisibleSets(host.vm().entityAccess(), host.clock()), ZoneOffset.UTC) {
            @Override
            public UnitCounts unit(String team, long fromDay, long toDay, Set<String> containers) {
                unitReads.incrementAndGet();
                return super.unit(team, fromDay, toDay, containers);
            }

            @Override
            public Map<String, UnitCounts> teams(long fromDay, long toDay, Set<String> containers) {
                teamsReads.incrementAndGet();
                return super.teams(fromDay, toDay, containers);
            }
        };
        MatrixService service = new MatrixService(counting, new MatrixAudience(host.vm().teamVisibility(),
                host.vm().membership(), host.vm().teamCatalog(), host.directory(), host.containers()),
                host.vm().matrixSettings(), host.clock());

        Map<String, Object> page = service.page("admin", service.query(Map.of()));

        int weeks = MatrixService.TREND_WEEKS + BeforeAfter.WEEKS;
        assertThat(teamsReads.get()).as("one read of every team per week, and the period and the previous one")
                .isEqualTo(weeks + 2);
        assertThat(unitReads.get()).as("the organisation per week, and the period and the previous one")
                .isEqualTo(weeks + 2);
        Map<String, Object> eng = team(page, "eng");
        assertThat(map(eng.get("trends"))).hasSize(Metric.values().length);
        assertThat(list(page.get("journey"))).as("the organisation and every team").hasSize(1 + 4 + 6);
        assertThat(list(page.get("weeks"))).hasSize(MatrixService.TREND_WEEKS);
    }

    @Test
    void page_trendsAndJourney_shouldEqualTheTrendAndStagesResources() {
        Map<String, Object> page = target.page("admin", target.query(Map.of("team", List.of("eng"))));

        assertThat(list(page.get("teams"))).hasSize(1);
        Map<String, Object> trends = map(team(page, "eng").get("trends"));
        assertThat(trends).hasSize(Metric.values().length);
        for (Metric metric : List.of(Metric.PARTICIPATION, Metric.EI_INDEX, Metric.TIME_TO_FIRST_RESPONSE_HOURS)) {
            List<Object> values = new ArrayList<>();
            list(target.trend("admin", "eng", metric.wire(), null).get("weeks")).forEach(w -> values.add(w.get("value")));
            assertThat(trends.get(metric.wire())).as(metric.wire()).isEqualTo(values);
        }
        List<Map<String, Object>> journey = list(page.get("journey"));
        assertThat(journey).extracting(j -> j.get("key")).containsExactly(null, "eng", "support", "acme", "partnerco");
        List<Object> eng = new ArrayList<>();
        list(target.stages("admin", null).get("weeks")).forEach(w -> eng.add(map(w.get("teams")).get("eng")));
        assertThat(journey.get(1).get("stages")).isEqualTo(eng);
    }

    private long today() {
        return Days.of(host.clock().instant(), ZoneOffset.UTC);
    }

    private static Map<String, Object> organisation(Map<String, Object> report) {
        return map(report.get("organisation"));
    }

    private static Map<String, Object> team(Map<String, Object> report, String key) {
        return list(report.get("teams")).stream().filter(t -> key.equals(t.get("key"))).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> beforeAfter(Map<String, Object> unit) {
        return list(map(unit.get("evidence")).get("beforeAfter"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
