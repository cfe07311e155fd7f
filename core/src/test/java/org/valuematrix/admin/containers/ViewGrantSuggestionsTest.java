package org.valuematrix.admin.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamKind;

class ViewGrantSuggestionsTest {
    private final Team eng = new Team("eng", "Engineering", TeamKind.INTERNAL, List.of("engineering", "contractors"), 0);
    private final Team support = new Team("support", "Support", TeamKind.INTERNAL, List.of("support"), 1);
    private final Team legal = new Team("legal", "Legal", TeamKind.INTERNAL, List.of("legal"), 2);
    private final Team acme = new Team("acme", "Acme", TeamKind.CUSTOMER, List.of("customer-acme"), 3);
    private final Team northwind = new Team("northwind", "Northwind", TeamKind.PARTNER, List.of("partner-nw"), 4);

    @Test
    void suggest_shouldPickTheInternalTeamWhoseGroupsMayView_neverACustomerOrPartner_andNoneOnATie() {
        Grants host = new Grants(Map.of(
                "ENG", Set.of("engineering", "staff"),
                "PORTAL", Set.of("customer-acme", "support"),
                "ACMEONLY", Set.of("customer-acme", "partner-nw"),
                "SHARED", Set.of("support", "legal"),
                "BUILD", Set.of("engineering", "contractors", "support")));

        Map<String, ContainerSuggestions.Suggestion> out = ViewGrantSuggestions.suggest(host,
                List.of(eng, support, legal, acme, northwind));

        assertThat(out).containsOnlyKeys("ENG", "PORTAL", "BUILD");
        assertThat(out.get("ENG").team).isEqualTo(eng);
        assertThat(out.get("ENG").reason).isEqualTo(ContainerSuggestions.Suggestion.VIEW_PERMISSION);
        assertThat(out.get("ENG").groups).containsExactly("engineering");
        assertThat(out.get("PORTAL").team).as("the customer is the audience, not the owner").isEqualTo(support);
        assertThat(out.get("BUILD").team).as("two of its groups against one").isEqualTo(eng);
        assertThat(out.get("BUILD").groups).containsExactly("engineering", "contractors");
        assertThat(host.asked).as("the internal teams' groups only, in one call")
                .containsExactlyInAnyOrder("engineering", "contractors", "support", "legal");
    }

    @Test
    void suggest_withAHostThatCannotTell_shouldSuggestNothing() {
        Containers silent = new Containers() {
            @Override
            public List<Container> all() {
                return List.of();
            }

            @Override
            public Optional<Container> byKey(String key) {
                return Optional.empty();
            }

            @Override
            public Set<String> visibleTo(String userKey) {
                return Set.of();
            }
        };

        assertThat(ViewGrantSuggestions.suggest(silent, List.of(eng, support))).isEmpty();
    }

    /** A host's answer to which groups may view which containers. */
    private static class Grants implements Containers {
        private final Map<String, Set<String>> grants;
        Set<String> asked;

        Grants(Map<String, Set<String>> grants) {
            this.grants = grants;
        }

        @Override
        public Map<String, Set<String>> viewGrants(Set<String> groups) {
            asked = Set.copyOf(groups);
            Map<String, Set<String>> out = new java.util.HashMap<>();
            grants.forEach((key, granted) -> {
                Set<String> mine = new java.util.LinkedHashSet<>(granted);
                mine.retainAll(groups);
                if (!mine.isEmpty()) {
                    out.put(key, mine);
                }
            });
            return out;
        }

        @Override
        public List<Container> all() {
            return List.of();
        }

        @Override
        public Optional<Container> byKey(String key) {
            return Optional.empty();
        }

        @Override
        public Set<String> visibleTo(String userKey) {
            return Set.of();
        }
    }
}
