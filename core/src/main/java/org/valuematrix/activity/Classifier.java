package org.valuematrix.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.valuematrix.team.Membership;
import org.valuematrix.team.Team;

/**
 * Classifies an event at ingest, exactly as value-matrix.md says: scope by the first rule
 * that matches (external, within, across), novelty by the tie's previous interaction inside
 * the baseline window. Pure: everything it needs is passed in.
 */
public final class Classifier {
    private final Duration noveltyWindow;

    public Classifier(Duration noveltyWindow) {
        this.noveltyWindow = noveltyWindow;
    }

    /**
     * @param event the captured event
     * @param actor the actor's teams at ingest
     * @param counterpart the counterpart's teams at ingest (ignored for non-interactions)
     * @param owner the container's owning team, the fallback for a counterpart without a team
     * @param previousTieInteraction the latest interaction of the same tie at or before the
     *     event, other than the event itself
     * @return the classification; the actor's team is their own home team or none, never the
     *     owning team, since a team's participation counts its members only
     */
    public Classification classify(CapturedEvent event, Membership actor, Membership counterpart,
            Optional<Team> owner, Optional<Instant> previousTieInteraction) {
        List<Team> actorTeams = actor.teams();
        if (!event.isInteraction()) {
            return new Classification(null, null, homeKey(actorTeams), null);
        }
        List<Team> counterpartTeams = withFallback(counterpart, owner);
        return new Classification(scope(actorTeams, counterpartTeams),
                novelty(event.occurredAt(), previousTieInteraction),
                homeKey(actorTeams), homeKey(counterpartTeams));
    }

    Scope scope(List<Team> actorTeams, List<Team> counterpartTeams) {
        if (anyExternal(actorTeams) || anyExternal(counterpartTeams)) {
            return Scope.EXTERNAL;
        }
        String a = homeKey(actorTeams);
        String c = homeKey(counterpartTeams);
        if (a == null && c == null) {
            // Nobody is in a silo, so no silo boundary was crossed.
            return Scope.WITHIN;
        }
        // A side outside every team is outside the other side's silo.
        return a != null && a.equals(c) ? Scope.WITHIN : Scope.ACROSS;
    }

    /**
     * @param at when the interaction occurred
     * @param previous the latest earlier interaction of its tie, if any
     * @return new when there is none inside the baseline window before {@code at}
     */
    public Novelty novelty(Instant at, Optional<Instant> previous) {
        // Only an interaction before this one counts; a later one is no baseline for it.
        if (previous.isEmpty() || previous.get().isAfter(at)) {
            return Novelty.NEW;
        }
        Instant windowStart = at.minus(noveltyWindow);
        return previous.get().isBefore(windowStart) ? Novelty.NEW : Novelty.EXISTING;
    }

    public Duration noveltyWindow() {
        return noveltyWindow;
    }

    private static List<Team> withFallback(Membership m, Optional<Team> owner) {
        if (!m.teams().isEmpty()) {
            return m.teams();
        }
        return owner.map(List::of).orElse(List.of());
    }

    private static boolean anyExternal(List<Team> teams) {
        return teams.stream().anyMatch(t -> t.kind().isExternal());
    }

    private static String homeKey(List<Team> teams) {
        return teams.isEmpty() ? null : teams.get(0).key();
    }
}
