package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.matrix.Counts.counts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;

/**
 * For random small counts, the stage equals value-matrix.md's definition worked out in whole
 * numbers with the default thresholds (each ratio cross-multiplied, so nothing is rounded).
 */
class StagesPropertiesTest {
    private static final Period FOUR_WEEKS = Period.custom(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-29"),
            ZoneId.of("Europe/Berlin"));

    @Property(tries = 2000)
    void theStageIsTheHighestWhoseCriteriaAndThoseBelowAllHold(@ForAll @IntRange(max = 12) int members,
            @ForAll @IntRange(max = 12) int active, @ForAll @IntRange(max = 60) int within,
            @ForAll @IntRange(max = 30) int across, @ForAll @IntRange(max = 10) int external,
            @ForAll @IntRange(max = 8) int el, @ForAll @IntRange(max = 8) int il, @ForAll @IntRange(max = 5) int reach,
            @ForAll @IntRange(max = 4) int newTies, @ForAll boolean customerFacing) {
        UnitCounts counts = counts().active(active).interactions(Scope.WITHIN, Novelty.EXISTING, within)
                .interactions(Scope.ACROSS, Novelty.NEW, across).interactions(Scope.EXTERNAL, Novelty.NEW, external)
                .ties(el, il).reach(reach).newCrossSiloTies(newTies).customerFacing(customerFacing).build();

        StageResult target = Stages.evaluate(Metrics.of(counts, members), counts, members, FOUR_WEEKS,
                MatrixSettings.defaults());

        // participation ≥ 3/10; within ≥ 1 per active member per week over 4 weeks
        boolean one = members > 0 && 10 * active >= 3 * members && active > 0 && within >= 4 * active;
        // (EL − IL)/(EL + IL) ≥ −3/5; reach ≥ 3; ties/members ≥ 1/5
        boolean two = el + il > 0 && 5 * (el - il) >= -3 * (el + il) && reach >= 3 && members > 0
                && 5 * newTies >= members;
        // external/all ≥ 1/10; customer-facing activity
        int all = within + across + external;
        boolean three = all > 0 && 10 * external >= all && customerFacing;
        int expected = !one ? 0 : !two ? 1 : !three ? 2 : 3;
        assertThat(target.stage()).isEqualTo(expected);
        assertThat(target.nextCriteria()).allMatch(c -> c.criterion().stage() == expected + 1);
        assertThat(target.nextCriteria()).allMatch(c -> c.value() != null || !c.met());
        if (expected < 3) {
            assertThat(target.nextCriteria()).anyMatch(c -> !c.met());
        }
    }

    @Property
    void monthsAndQuartersStartOnTheFirstOfTheirCalendarMonth(@ForAll @IntRange(min = 0, max = 20000) int epochDay,
            @ForAll DayOfWeek weekStart) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        ZoneId zone = ZoneId.of("America/New_York");

        Period month = Period.of(PeriodKind.MONTH, day, zone, weekStart);
        Period quarter = Period.of(PeriodKind.QUARTER, day, zone, weekStart);

        assertThat(month.firstDay()).isEqualTo(LocalDate.of(day.getYear(), day.getMonth(), 1));
        assertThat(month.days()).isEqualTo(day.lengthOfMonth());
        assertThat(quarter.firstDay().getMonthValue()).isIn(1, 4, 7, 10);
        assertThat(quarter.firstDay().getDayOfMonth()).isEqualTo(1);
        assertThat(quarter.contains(day.atStartOfDay(zone).toInstant())).isTrue();
        assertThat(quarter.lastDay()).isEqualTo(quarter.firstDay().plusMonths(3).minusDays(1));
    }
}
