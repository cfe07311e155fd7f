package org.valuematrix.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.rest.BadRequestException;

/** The admin's matrix settings: value-matrix.md's defaults, copies, and reading them from JSON naming every bad field. */
class MatrixSettingsTest {

    @Test
    void defaults_areThoseOfValueMatrixMd() {
        MatrixSettings target = MatrixSettings.defaults();

        assertThat(target.participation()).isEqualTo(0.30);
        assertThat(target.withinInteractionsPerActiveMemberPerWeek()).isEqualTo(1.0);
        assertThat(target.eiIndex()).isEqualTo(-0.6);
        assertThat(target.crossTeamReach()).isEqualTo(3);
        assertThat(target.newCrossSiloTiesPerMember()).isEqualTo(1.0 / 5);
        assertThat(target.externalShare()).isEqualTo(0.10);
        assertThat(target.baselineWindowDays()).isEqualTo(90);
        assertThat(target.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(target.firstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(target.minimumTeamSize()).isEqualTo(5);
        assertThat(target.viewerGroup()).isEmpty();
        assertThat(target.targets()).isEmpty();
    }

    @Test
    void with_returnsAChangedCopyAndLeavesTheOriginal() {
        MatrixSettings original = MatrixSettings.defaults();

        MatrixSettings target = original.withEiIndex(-0.5).withViewerGroup("execs")
                .withTarget(new Target("eng", 2, LocalDate.parse("2027-06-30")));

        assertThat(target.eiIndex()).isEqualTo(-0.5);
        assertThat(target.viewerGroup()).contains("execs");
        assertThat(target.targets()).containsOnlyKeys("eng");
        assertThat(original).isEqualTo(MatrixSettings.defaults());
        assertThat(original.eiIndex()).isEqualTo(-0.6);
        assertThat(target.withoutTarget("eng").targets()).isEmpty();
    }

    @Test
    void toMap_namesEverySettingAsJsonCarriesIt() {
        Map<String, Object> target = MatrixSettings.defaults()
                .withTarget(new Target("eng", 2, LocalDate.parse("2027-06-30"))).toMap();

        assertThat(target).containsExactly(entry("participation", 0.3),
                entry("withinInteractionsPerActiveMemberPerWeek", 1.0), entry("eiIndex", -0.6),
                entry("crossTeamReach", 3L), entry("newCrossSiloTiesPerMember", 0.2), entry("externalShare", 0.1),
                entry("baselineWindowDays", 90), entry("timeZone", "UTC"), entry("firstDayOfWeek", "monday"),
                entry("minimumTeamSize", 5), entry("viewerGroup", null),
                entry("targets", Map.of("eng", Map.of("stage", 2, "by", "2027-06-30"))));
    }

    @Test
    void fromMap_readsBackWhatToMapWrote() {
        MatrixSettings settings = MatrixSettings.defaults().withParticipation(0.25).withCrossTeamReach(4)
                .withTimeZone(ZoneId.of("Europe/Berlin")).withFirstDayOfWeek(DayOfWeek.SUNDAY).withViewerGroup("execs")
                .withTarget(new Target("eng", 3, LocalDate.parse("2027-01-31")));

        assertThat(MatrixSettings.fromMap(settings.toMap())).isEqualTo(settings);
    }

    @Test
    void fromMap_takesTheDefaultForEachMissingField() {
        MatrixSettings target = MatrixSettings.fromMap(Map.of("eiIndex", -0.4, "firstDayOfWeek", "saturday"));

        assertThat(target).isEqualTo(MatrixSettings.defaults().withEiIndex(-0.4).withFirstDayOfWeek(DayOfWeek.SATURDAY));
    }

    @Test
    void fromMap_readsEveryNumberTypeJacksonProduces() {
        MatrixSettings target = MatrixSettings.fromMap(Map.of("participation", new BigDecimal("0.35"),
                "crossTeamReach", BigInteger.valueOf(5), "baselineWindowDays", 30.0, "minimumTeamSize", 3L,
                "externalShare", 1));

        assertThat(target.participation()).isEqualTo(0.35);
        assertThat(target.crossTeamReach()).isEqualTo(5);
        assertThat(target.baselineWindowDays()).isEqualTo(30);
        assertThat(target.minimumTeamSize()).isEqualTo(3);
        assertThat(target.externalShare()).isEqualTo(1.0);
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                arguments("participation", 1.2), arguments("participation", -0.1), arguments("participation", "0.3"),
                arguments("participation", null), arguments("participation", Double.NaN),
                arguments("withinInteractionsPerActiveMemberPerWeek", -1), arguments("eiIndex", -1.5),
                arguments("eiIndex", true), arguments("crossTeamReach", 2.5), arguments("crossTeamReach", -1),
                arguments("newCrossSiloTiesPerMember", -0.2), arguments("externalShare", 1.01),
                arguments("baselineWindowDays", 0), arguments("baselineWindowDays", 3651),
                arguments("timeZone", "Mars/Olympus"), arguments("timeZone", 1), arguments("timeZone", null),
                arguments("firstDayOfWeek", "funday"), arguments("firstDayOfWeek", 1),
                arguments("minimumTeamSize", 0), arguments("viewerGroup", " "), arguments("viewerGroup", "a\u0000b"),
                arguments("viewerGroup", "g".repeat(256)), arguments("targets", "eng"),
                arguments("targets", Map.of("Not A Key", Map.of("stage", 1, "by", "2027-01-01"))),
                arguments("targets.eng", 2),
                arguments("targets.eng.stage", Map.of("eng", Map.of("stage", 4, "by", "2027-01-01"))),
                arguments("targets.eng.stage", Map.of("eng", Map.of("stage", 0, "by", "2027-01-01"))),
                arguments("targets.eng.stage", Map.of("eng", Map.of("stage", 1.5, "by", "2027-01-01"))),
                arguments("targets.eng.by", Map.of("eng", Map.of("stage", 1, "by", "2027-02-30"))),
                arguments("targets.eng.by", Map.of("eng", Map.of("stage", 1))),
                arguments("targets.eng.due", Map.of("eng", Map.of("stage", 1, "by", "2027-01-01", "due", "x"))),
                arguments("eiindex", -0.6));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void fromMap_refusesABadFieldNamingIt(String field, Object value) {
        Map<String, Object> map = new HashMap<>();
        String top = field.startsWith("targets.") ? "targets" : field;
        map.put(top, field.equals("targets.eng") ? Map.of("eng", value) : value);

        BadRequestException refused = catchThrowableOfType(() -> MatrixSettings.fromMap(map), BadRequestException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.errors()).containsOnlyKeys(field);
        assertThat(refused.errors().get(field)).isNotBlank();
    }

    @Test
    void fromMap_reportsEveryProblemAtOnce() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("participation", 2);
        map.put("eiIndex", 0.5);
        map.put("crossTeamReach", "three");
        map.put("timeZone", "Nowhere/City");
        map.put("colour", "blue");
        map.put("targets", Map.of("eng", Map.of("stage", 9, "by", "soon"), "ops", Map.of("stage", 2, "by", "2027-01-01")));

        BadRequestException refused = catchThrowableOfType(() -> MatrixSettings.fromMap(map), BadRequestException.class);

        assertThat(refused.errors()).containsOnlyKeys("participation", "crossTeamReach", "timeZone", "colour",
                "targets.eng.stage", "targets.eng.by");
        assertThat(refused.errors().get("participation")).isEqualTo("must be a number from 0 to 1");
    }

    @Test
    void fromMap_refusesNoBodyAsABadBody() {
        BadRequestException refused = catchThrowableOfType(() -> MatrixSettings.fromMap(null), BadRequestException.class);

        assertThat(refused.errors()).containsOnlyKeys("body");
    }

    @Test
    void fromMap_acceptsNullAsNoViewerGroupAndNoTargets() {
        Map<String, Object> map = new HashMap<>();
        map.put("viewerGroup", null);
        map.put("targets", null);

        assertThat(MatrixSettings.fromMap(map)).isEqualTo(MatrixSettings.defaults());
    }
}
