package org.valuematrix.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.StandaloneOptions;

/**
 * The demo loaded with the default volume of events (what {@code java -jar} loads) stands at the
 * same stages as the smaller one {@link DemoJourneyTest} loads into a host: the organisation in
 * the first and last quarter and week by week through them, and every team in the last quarter.
 * Both computed by {@link DemoYearStages} (core's classifier and stage rules over the simulated
 * events), as loading the default volume through a host takes minutes.
 */
class DemoScaleTest {
    @Test
    void theTestedVolume_shouldStandAtTheStagesOfTheDefaultVolume() {
        Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        DemoYearStages full = new DemoYearStages(StandaloneOptions.DEFAULT_DEMO_EVENTS, end);
        DemoYearStages tested = new DemoYearStages(DemoJourneyTest.EVENTS, end);
        LocalDate[] first = DemoYearStages.firstQuarter(end);
        LocalDate[] last = DemoYearStages.lastQuarter(end);

        Map<String, Integer> fullLast = full.stages(last[0], last[1]);
        assertThat(tested.stages(last[0], last[1])).as(full.criteria(last[0], last[1]).toString())
                .isEqualTo(fullLast);
        assertThat(tested.stages(first[0], first[1]).get(null)).isEqualTo(full.stages(first[0], first[1]).get(null))
                .isEqualTo(1);
        assertThat(fullLast.get(null)).isEqualTo(2);
        assertThat(organisationWeeks(tested, first)).isEqualTo(organisationWeeks(full, first)).containsOnly(1);
        assertThat(organisationWeeks(tested, last)).isEqualTo(organisationWeeks(full, last)).containsOnly(2);
    }

    /**
     * The demo is generated back from the moment it is loaded, so which days make a week (from
     * Monday) depends on the weekday it is loaded on: the journey must read the same on each.
     */
    @Test
    void theJourney_shouldStandAtItsStagesEveryWeekWhicheverWeekdayTheDemoIsLoadedOn() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (int day = 0; day < 7; day++) {
            Instant end = now.plus(Duration.ofDays(day));
            DemoYearStages tested = new DemoYearStages(DemoJourneyTest.EVENTS, end);
            assertThat(organisationWeeks(tested, DemoYearStages.firstQuarter(end))).as("loaded %s", end)
                    .containsOnly(1);
            assertThat(organisationWeeks(tested, DemoYearStages.lastQuarter(end))).as("loaded %s", end)
                    .containsOnly(2);
        }
    }

    /** @return the organisation's stage in each whole week (from Monday, as the defaults count) of the days */
    private static List<Integer> organisationWeeks(DemoYearStages year, LocalDate[] days) {
        List<Integer> out = new ArrayList<>();
        for (LocalDate w = days[0].with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                !w.plusDays(6).isAfter(days[1]); w = w.plusWeeks(1)) {
            out.add(year.organisationStage(w, w.plusDays(6)));
        }
        return out;
    }
}
