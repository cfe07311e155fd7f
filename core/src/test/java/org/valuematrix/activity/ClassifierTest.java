package org.valuematrix.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.team.Membership;
import org.valuematrix.team.Team;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Teams;

/**
 * value-matrix.md, "Classifying an interaction", as tables: scope by the first matching rule
 * (external, within, across) with the owning-team fallback for the counterpart, and novelty by the tie's previous
 * interaction in the 90-day window.
 */
class ClassifierTest {
    private static final Team ENG = Teams.internal("eng", 0, "eng");
    private static final Team SUPPORT = Teams.internal("support", 1, "support");
    private static final Team ACME = Teams.customer("acme", 2, "acme");
    private static final Team PARTNERCO = Teams.partner("partnerco", 3, "partnerco");
    private static final Instant AT = EventBuilder.T0;

    private final Classifier target = new Classifier(Duration.ofDays(90));

    static Stream<Arguments> scopes() {
        return Stream.of(
                // rule 2: within = same home team
                row("same home team", List.of(ENG), List.of(ENG), null, Scope.WITHIN, "eng", "eng"),
                // rule 3: across = both internal, different home teams
                row("different internal teams", List.of(ENG), List.of(SUPPORT), null, Scope.ACROSS, "eng", "support"),
                // rule 1: external = actor or counterpart in a customer or partner team
                row("actor is a customer", List.of(ACME), List.of(ENG), null, Scope.EXTERNAL, "acme", "eng"),
                row("counterpart is a customer", List.of(SUPPORT), List.of(ACME), null, Scope.EXTERNAL, "support", "acme"),
                row("counterpart is a partner", List.of(ENG), List.of(PARTNERCO), null, Scope.EXTERNAL, "eng", "partnerco"),
                row("both in the same customer team", List.of(ACME), List.of(ACME), null, Scope.EXTERNAL, "acme", "acme"),
                // precedence: external beats within, even when they share a home team
                row("share home team, actor also in a customer team", List.of(ENG, ACME), List.of(ENG), null,
                        Scope.EXTERNAL, "eng", "eng"),
                row("share home team, counterpart also in a partner team", List.of(ENG), List.of(ENG, PARTNERCO), null,
                        Scope.EXTERNAL, "eng", "eng"),
                // home team = first team in the admin's order; sharing a non-home team is not within
                row("several teams, same home team", List.of(ENG, SUPPORT), List.of(ENG), null, Scope.WITHIN, "eng", "eng"),
                row("share a team but not the home team", List.of(ENG, SUPPORT), List.of(SUPPORT, ENG), null,
                        Scope.ACROSS, "eng", "support"),
                row("actor's home is the other team", List.of(SUPPORT, ENG), List.of(ENG), null, Scope.ACROSS,
                        "support", "eng"),
                // fallback: a counterpart without a team takes the container's owning team; an actor
                // without a team has no home team, owned container or not
                row("counterpart without team, owner is actor's team", List.of(ENG), List.of(), ENG, Scope.WITHIN,
                        "eng", "eng"),
                row("counterpart without team, owner is another team", List.of(ENG), List.of(), SUPPORT, Scope.ACROSS,
                        "eng", "support"),
                row("actor without team, owner is counterpart's team", List.of(), List.of(SUPPORT), SUPPORT,
                        Scope.ACROSS, null, "support"),
                row("nobody in a team, owned container", List.of(), List.of(), ENG, Scope.ACROSS, null, "eng"),
                row("nobody in a team, customer-owned space", List.of(), List.of(), ACME, Scope.EXTERNAL, null,
                        "acme"),
                row("counterpart without team in a customer-owned space", List.of(ENG), List.of(), ACME,
                        Scope.EXTERNAL, "eng", "acme"),
                row("actor without team in a partner-owned space", List.of(), List.of(ENG), PARTNERCO,
                        Scope.ACROSS, null, "eng"),
                row("actor without team, counterpart a customer, owned space", List.of(), List.of(ACME), ENG,
                        Scope.EXTERNAL, null, "acme"),
                row("owner ignored when both have teams", List.of(ENG), List.of(SUPPORT), ACME, Scope.ACROSS,
                        "eng", "support"),
                // unresolved and no owner: both → within (no boundary crossed), one → across
                row("both unresolved, unowned container", List.of(), List.of(), null, Scope.WITHIN, null, null),
                row("counterpart unresolved, unowned container", List.of(ENG), List.of(), null, Scope.ACROSS, "eng", null),
                row("actor unresolved, unowned container", List.of(), List.of(SUPPORT), null, Scope.ACROSS, null,
                        "support"),
                row("actor unresolved, counterpart a customer", List.of(), List.of(ACME), null, Scope.EXTERNAL, null,
                        "acme"));
    }

    private static Arguments row(String why, List<Team> actor, List<Team> counterpart, Team owner, Scope scope,
            String actorTeam, String counterpartTeam) {
        return arguments(why, actor, counterpart, owner, scope, actorTeam, counterpartTeam);
    }

    @ParameterizedTest(name = "{0} → {4}")
    @MethodSource("scopes")
    void interaction_shouldGetTheScopeOfTheFirstMatchingRule(String why, List<Team> actor, List<Team> counterpart,
            Team owner, Scope scope, String actorTeam, String counterpartTeam) {
        Classification c = target.classify(EventBuilder.interaction("ann", "bob").build(), new Membership(actor),
                new Membership(counterpart), Optional.ofNullable(owner), Optional.empty());

        assertThat(c.scope()).contains(scope);
        assertThat(c.actorTeam()).isEqualTo(Optional.ofNullable(actorTeam));
        assertThat(c.counterpartTeam()).isEqualTo(Optional.ofNullable(counterpartTeam));
        assertThat(c.novelty()).contains(Novelty.NEW);
    }

    static Stream<Arguments> noveltyWindow() {
        Duration d90 = Duration.ofDays(90);
        return Stream.of(
                arguments("no previous interaction", null, Novelty.NEW),
                arguments("previous exactly 90 days before", AT.minus(d90), Novelty.EXISTING),
                arguments("previous 90 days and 1 ms before", AT.minus(d90).minusMillis(1), Novelty.NEW),
                arguments("previous 89 days before", AT.minus(Duration.ofDays(89)), Novelty.EXISTING),
                arguments("previous 1 ms before", AT.minusMillis(1), Novelty.EXISTING),
                arguments("previous at the same instant", AT, Novelty.EXISTING),
                arguments("previous a year before", AT.minus(Duration.ofDays(365)), Novelty.NEW),
                arguments("only a later interaction (ignored)", AT.plusMillis(1), Novelty.NEW),
                arguments("only a much later interaction (ignored)", AT.plus(Duration.ofDays(30)), Novelty.NEW));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("noveltyWindow")
    void interaction_shouldBeNewUnlessTheTieInteractedInThe90DaysBefore(String why, Instant previous, Novelty expected) {
        Classification c = target.classify(EventBuilder.interaction("ann", "bob").at(AT).build(),
                new Membership(List.of(ENG)), new Membership(List.of(SUPPORT)), Optional.empty(),
                Optional.ofNullable(previous));

        assertThat(c.novelty()).contains(expected);
    }

    @Test
    void noveltyWindow_shouldBeConfigurable() {
        Classifier weekly = new Classifier(Duration.ofDays(7));
        Membership eng = new Membership(List.of(ENG));

        Classification inside = weekly.classify(EventBuilder.interaction("ann", "bob").at(AT).build(), eng, eng,
                Optional.empty(), Optional.of(AT.minus(Duration.ofDays(7))));
        Classification outside = weekly.classify(EventBuilder.interaction("ann", "bob").at(AT).build(), eng, eng,
                Optional.empty(), Optional.of(AT.minus(Duration.ofDays(7)).minusMillis(1)));

        assertThat(inside.novelty()).contains(Novelty.EXISTING);
        assertThat(outside.novelty()).contains(Novelty.NEW);
    }

    static Stream<Arguments> nonInteractions() {
        return Stream.of(
                arguments("no counterpart", EventBuilder.event().actor("ann").alone().verb(Verb.CREATED).build()),
                arguments("counterpart is the actor", EventBuilder.interaction("ann", "ann").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonInteractions")
    void nonInteraction_shouldGetNeitherScopeNorNovelty(String why, CapturedEvent event) {
        Classification c = target.classify(event, new Membership(List.of(ACME)), new Membership(List.of(ENG)),
                Optional.of(SUPPORT), Optional.of(AT.minusMillis(1)));

        assertThat(event.isInteraction()).isFalse();
        assertThat(c.scope()).isEmpty();
        assertThat(c.novelty()).isEmpty();
        assertThat(c.counterpartTeam()).isEmpty();
        assertThat(c.actorTeam()).as("participation still counts for the actor's home team").contains("acme");
    }

    static Stream<Arguments> teamlessActors() {
        return Stream.of(
                arguments("event alone, owned container", EventBuilder.event().actor("ann").alone().build(), SUPPORT),
                arguments("event alone, customer-owned space", EventBuilder.event().actor("ann").alone().build(), ACME),
                arguments("event alone, unowned container", EventBuilder.event().actor("ann").alone().build(), null),
                arguments("interaction, owned container", EventBuilder.interaction("ann", "bob").build(), SUPPORT),
                arguments("interaction, partner-owned space", EventBuilder.interaction("ann", "bob").build(),
                        PARTNERCO),
                arguments("interaction, unowned container", EventBuilder.interaction("ann", "bob").build(), null));
    }

    /**
     * A team's participation counts its own members only: the owning team is a fallback for the
     * counterpart, never a home team for an actor who is in no team.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("teamlessActors")
    void actorWithoutTeam_shouldHaveNoHomeTeam(String why, CapturedEvent event, Team owner) {
        Classification c = target.classify(event, Membership.none(), new Membership(List.of(ENG)),
                Optional.ofNullable(owner), Optional.empty());

        assertThat(c.actorTeam()).isEmpty();
    }

    static Stream<Arguments> teamlessCounterparts() {
        return Stream.of(
                arguments("owned by the actor's team", ENG, Scope.WITHIN, "eng"),
                arguments("owned by another team", SUPPORT, Scope.ACROSS, "support"),
                arguments("owned by a customer", ACME, Scope.EXTERNAL, "acme"),
                arguments("owned by a partner", PARTNERCO, Scope.EXTERNAL, "partnerco"),
                arguments("unowned", null, Scope.ACROSS, null));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("teamlessCounterparts")
    void counterpartWithoutTeam_shouldFallBackToTheOwningTeam(String why, Team owner, Scope scope, String team) {
        Classification c = target.classify(EventBuilder.interaction("ann", "bob").build(), new Membership(List.of(ENG)),
                Membership.none(), Optional.ofNullable(owner), Optional.empty());

        assertThat(c.scope()).contains(scope);
        assertThat(c.actorTeam()).contains("eng");
        assertThat(c.counterpartTeam()).isEqualTo(Optional.ofNullable(team));
    }

    @Test
    void interaction_shouldBeAnEventWithACounterpartWhoIsNotTheActor() {
        assertThat(EventBuilder.interaction("ann", "bob").build().isInteraction()).isTrue();
        assertThat(EventBuilder.interaction("ann", "ann").build().isInteraction()).isFalse();
        assertThat(EventBuilder.event().alone().build().isInteraction()).isFalse();
    }
}
