package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.rest.BadRequestException;

/** Raw stream parameters → a validated filter, or a 400 naming every bad parameter. */
class StreamRequestParserTest {
    private final StreamRequestParser target = new StreamRequestParser(Set.of("eng", "support", "acme")::contains);

    private static Map<String, List<String>> params(String... nameValues) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            m.computeIfAbsent(nameValues[i], k -> new java.util.ArrayList<>()).add(nameValues[i + 1]);
        }
        return m;
    }

    private Map<String, String> errors(String... nameValues) {
        BadRequestException e = catchThrowableOfType(() -> target.parse(params(nameValues)), BadRequestException.class);
        assertThat(e).as("a 400 for %s", Arrays.toString(nameValues)).isNotNull();
        return e.errors();
    }

    @Test
    void parse_nothing_shouldMeanLatest25WithoutRestriction() {
        StreamFilter f = target.parse(Map.of());

        assertThat(f.limit()).isEqualTo(25);
        assertThat(f.teams()).isEmpty();
        assertThat(f.scopes()).isEmpty();
        assertThat(f.containers()).isEmpty();
        assertThat(f.actors()).isEmpty();
        assertThat(f.verbs()).isEmpty();
        assertThat(f.since()).isEmpty();
        assertThat(f.until()).isEmpty();
        assertThat(f.cursor()).isEmpty();
    }

    @Test
    void parse_repeatedParametersAndCommaLists_shouldBothWork() {
        StreamFilter f = target.parse(params("team", "eng,support", "team", "acme", "scope", "within, across",
                "container", "ENG", "container", "SUP,,OPEN", "actor", "ann,bob", "verb", "liked", "verb", "created,replied"));

        assertThat(f.teams()).containsExactlyInAnyOrder("eng", "support", "acme");
        assertThat(f.scopes()).containsExactlyInAnyOrder(Scope.WITHIN, Scope.ACROSS);
        assertThat(f.containers()).containsExactlyInAnyOrder("ENG", "SUP", "OPEN");
        assertThat(f.actors()).containsExactlyInAnyOrder("ann", "bob");
        assertThat(f.verbs()).containsExactlyInAnyOrder(Verb.LIKED, Verb.CREATED, Verb.REPLIED);
    }

    @Test
    void parse_blankValues_shouldBeIgnored() {
        StreamFilter f = target.parse(params("team", "", "scope", " ", "limit", "", "since", "", "cursor", ""));

        assertThat(f.teams()).isEmpty();
        assertThat(f.scopes()).isEmpty();
        assertThat(f.limit()).isEqualTo(25);
        assertThat(f.since()).isEmpty();
        assertThat(f.cursor()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1} → 400 naming {0}")
    @CsvSource({
        "scope, sideways",
        "scope, WITHIN",
        "scope, 'across,everywhere'",
        "verb, shouted",
        "team, nobody",
        "team, 'eng,nobody'",
        "since, yesterday",
        "since, 2026-13-01",
        "since, 2026-02-30",
        "since, 2026-01-31T25:00:00Z",
        "since, 2026-01-31T12:00:00",
        "until, 31/01/2026",
        "limit, 0",
        "limit, 201",
        "limit, -1",
        "limit, abc",
        "limit, 2.5",
        "limit, 99999999999",
        "cursor, garbage!",
        "cursor, MjoxOjE",
    })
    void parse_badValue_shouldAnswer400NamingTheParameter(String name, String value) {
        Map<String, String> errors = errors(name, value);

        assertThat(errors).containsOnlyKeys(name);
        assertThat(errors.get(name)).isNotBlank();
    }

    @Test
    void parse_unknownScope_shouldSayWhatIsExpected() {
        assertThat(errors("scope", "sideways").get("scope")).contains("sideways").contains("within, across or external");
    }

    @Test
    void parse_limitOutOfRange_shouldGiveTheRange() {
        assertThat(errors("limit", "201").get("limit")).contains("1").contains("200");
    }

    @Test
    void parse_unknownTeam_shouldNameIt() {
        assertThat(errors("team", "eng,nobody").get("team")).contains("nobody");
    }

    @Test
    void parse_severalBadParameters_shouldNameThemAll() {
        assertThat(errors("scope", "x", "limit", "0", "since", "y", "cursor", "z", "team", "t", "verb", "v"))
                .containsOnlyKeys("scope", "limit", "since", "cursor", "team", "verb");
    }

    @ParameterizedTest
    @CsvSource({"1", "200", "25", "' 7 '"})
    void parse_limitInRange_shouldBeKept(String limit) {
        assertThat(target.parse(params("limit", limit)).limit()).isEqualTo(Integer.parseInt(limit.trim()));
    }

    @Test
    void parse_dates_shouldMeanWholeUtcDays() {
        StreamFilter f = target.parse(params("since", "2026-01-31", "until", "2026-02-02"));

        assertThat(f.since()).contains(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(f.until()).as("until a date includes that whole day").contains(Instant.parse("2026-02-03T00:00:00Z"));
    }

    @Test
    void parse_datesWithTheViewersZone_shouldMeanTheViewersWholeDays_acrossAClockChange() {
        StreamRequestParser inNewYork = new StreamRequestParser(Set.of("eng")::contains)
                .withZone(java.time.ZoneId.of("America/New_York"));

        StreamFilter f = inNewYork.parse(params("since", "2026-03-07", "until", "2026-03-08"));

        assertThat(f.since()).contains(Instant.parse("2026-03-07T05:00:00Z"));
        assertThat(f.until()).as("the 8th ends at midnight daylight time").contains(Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(inNewYork.parse(params("since", "2026-03-07T12:00:00Z")).since())
                .as("an instant is taken as it is").contains(Instant.parse("2026-03-07T12:00:00Z"));
    }

    @Test
    void parse_sameDayForSinceAndUntil_shouldMeanThatDay() {
        StreamFilter f = target.parse(params("since", "2026-01-31", "until", "2026-01-31"));

        assertThat(f.since()).contains(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(f.until()).contains(Instant.parse("2026-02-01T00:00:00Z"));
    }

    @Test
    void parse_instants_shouldBeTakenAsTheyAre() {
        StreamFilter f = target.parse(params("since", "2026-01-31T12:30:00Z", "until", "2026-01-31T14:00:00+01:00"));

        assertThat(f.since()).contains(Instant.parse("2026-01-31T12:30:00Z"));
        assertThat(f.until()).contains(Instant.parse("2026-01-31T13:00:00Z"));
    }

    @Test
    void parse_untilNotAfterSince_shouldBeRefused() {
        assertThat(errors("since", "2026-01-31T12:00:00Z", "until", "2026-01-31T12:00:00Z")).containsOnlyKeys("until");
        assertThat(errors("since", "2026-02-01", "until", "2026-01-31")).containsOnlyKeys("until");
    }

    @Test
    void parse_instantsTheStoreCannotHold_shouldBeRefusedNotFail() {
        assertThat(errors("since", "+999999999-12-31T23:59:59Z")).containsOnlyKeys("since");
        assertThat(errors("until", "-999999999-01-01")).containsOnlyKeys("until");
        assertThat(errors("until", "+999999999-12-31")).as("the day after the last date").containsOnlyKeys("until");
    }

    @Test
    void parse_cursorWeIssued_shouldBeKept() {
        StreamCursor c = new StreamCursor(1_700_000_000_000L, 42);

        assertThat(target.parse(params("cursor", c.encode())).cursor()).contains(c);
    }

    @Test
    void parse_unknownTeamCheck_shouldUseThePredicateGiven() {
        StreamRequestParser anyTeam = new StreamRequestParser(k -> true);

        assertThat(anyTeam.parse(params("team", "whatever")).teams()).containsExactly("whatever");
        assertThatThrownBy(() -> new StreamRequestParser(k -> false).parse(params("team", "eng")))
                .isInstanceOf(BadRequestException.class);
    }
}
