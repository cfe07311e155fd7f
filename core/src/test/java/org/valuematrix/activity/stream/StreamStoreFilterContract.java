package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;

/** Every filter of the stream, alone and combined, on one page and paged, over the ten events. */
abstract class StreamStoreFilterContract extends StreamStoreFixture {
    static Stream<Arguments> filters() {
        StreamFilter f = StreamFilter.latest(200);
        return Stream.of(
                arguments("team eng (actor or counterpart)", f.withTeams(Set.of("eng")),
                        Set.of("e1", "e2", "e7", "e8", "e9", "e10")),
                arguments("team acme", f.withTeams(Set.of("acme")), Set.of("e3", "e5")),
                arguments("teams support, acme", f.withTeams(Set.of("support", "acme")),
                        Set.of("e2", "e3", "e4", "e5", "e7", "e9")),
                arguments("unknown team", f.withTeams(Set.of("nobody")), Set.of()),
                arguments("scope across", f.withScopes(Set.of(Scope.ACROSS)), Set.of("e2", "e7", "e8", "e9")),
                arguments("scopes within, external", f.withScopes(Set.of(Scope.WITHIN, Scope.EXTERNAL)),
                        Set.of("e1", "e3", "e5", "e6", "e10")),
                arguments("container OPEN", f.withContainers(Set.of("OPEN")), Set.of("e6", "e8")),
                arguments("containers OPEN, ACME", f.withContainers(Set.of("OPEN", "ACME")),
                        Set.of("e3", "e5", "e6", "e8")),
                arguments("actor carl", filter(Set.of(), Set.of("carl"), Set.of(), null, null), Set.of("e3", "e4", "e9")),
                arguments("actors carl, pat", filter(Set.of(), Set.of("carl", "pat"), Set.of(), null, null),
                        Set.of("e3", "e4", "e9", "e10")),
                arguments("verb commented", filter(Set.of(), Set.of(), Set.of(Verb.COMMENTED), null, null),
                        Set.of("e1", "e2")),
                arguments("verbs liked, created", filter(Set.of(), Set.of(), Set.of(Verb.LIKED, Verb.CREATED), null, null),
                        Set.of("e4", "e5")),
                arguments("since day 5 (inclusive)", filter(Set.of(), Set.of(), Set.of(), day(5), null),
                        Set.of("e6", "e7", "e8", "e9", "e10")),
                arguments("until day 5 (exclusive)", filter(Set.of(), Set.of(), Set.of(), null, day(5)),
                        Set.of("e1", "e2", "e3", "e4", "e5")),
                arguments("since day 2, until day 5", filter(Set.of(), Set.of(), Set.of(), day(2), day(5)),
                        Set.of("e3", "e4", "e5")),
                arguments("since 1 ms after day 6", filter(Set.of(), Set.of(), Set.of(), day(6).plusMillis(1), null),
                        Set.of()),
                arguments("team eng, scope across, since day 1",
                        filter(Set.of(), Set.of(), Set.of(), day(1), null).withTeams(Set.of("eng"))
                                .withScopes(Set.of(Scope.ACROSS)), Set.of("e2", "e7", "e8", "e9")),
                arguments("team support, container SUP, verb assigned",
                        filter(Set.of("SUP"), Set.of(), Set.of(Verb.ASSIGNED), null, null).withTeams(Set.of("support")),
                        Set.of("e7")));
    }

    private static StreamFilter filter(Set<String> containers, Set<String> actors, Set<Verb> verbs, Instant since,
            Instant until) {
        return new StreamFilter(Set.of(), Set.of(), containers, actors, verbs, since, until, 200, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void page_shouldReturnExactlyWhatTheFiltersMatch(String why, StreamFilter filter, Set<String> expected) {
        List<ActivityEvent> items = target.page("vic", filter).items();

        assertThat(ids(items)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(items).isSortedAccordingTo(NEWEST_FIRST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void paging_withAFilter_shouldReturnTheSameAsOnePage(String why, StreamFilter filter, Set<String> expected) {
        assertThat(ids(everything("vic", filter.withLimit(2)))).isEqualTo(ids(target.page("vic", filter).items()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void pageThroughTheStoredSet_shouldReturnExactlyWhatTheFiltersMatch(String why, StreamFilter filter,
            Set<String> expected) {
        List<ActivityEvent> items = storedSet.page("vic", filter).items();

        assertThat(ids(items)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(items).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(ids(everything(storedSet, "vic", filter.withLimit(2)))).isEqualTo(ids(items));
    }
}
