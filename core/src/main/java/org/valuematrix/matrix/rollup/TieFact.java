package org.valuematrix.matrix.rollup;

import java.util.function.Consumer;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.matrix.ao.AOTieDay;

/**
 * An interaction count seen from one of its two people, as the reader counts it: a unit team
 * (the person's home team), the person and the other. A {@link AOTieDay} row holds the actor's
 * fact and, when the counterpart has a team, the counterpart's.
 */
final class TieFact {
    final String unitTeam;
    final boolean actorSide;
    final Scope scope;
    final Novelty novelty;
    final String tie;
    final String person;
    final String other;
    final String otherTeam;
    final long interactions;

    @SuppressWarnings("checkstyle:ParameterNumber")
    private TieFact(String unitTeam, boolean actorSide, Scope scope, Novelty novelty, String tie, String person,
            String other, String otherTeam, long interactions) {
        this.unitTeam = unitTeam;
        this.actorSide = actorSide;
        this.scope = scope;
        this.novelty = novelty;
        this.tie = tie;
        this.person = person;
        this.other = other;
        this.otherTeam = otherTeam;
        this.interactions = interactions;
    }

    /** @return the actor's fact of a row read with {@link TieReads#PAIR} and its interactions */
    static TieFact actor(AOTieDay row) {
        return new TieFact(row.getActorTeam(), true, scope(row), novelty(row), row.getTieKey(), row.getActor(),
                row.getCounterpart(), row.getCounterpartTeam(), row.getInteractions());
    }

    /** @return the counterpart's fact of such a row; only for a counterpart with a team */
    static TieFact counterpart(AOTieDay row) {
        return new TieFact(row.getCounterpartTeam(), false, scope(row), novelty(row), row.getTieKey(),
                row.getCounterpart(), row.getActor(), row.getActorTeam(), row.getInteractions());
    }

    /** Both facts of a row: the counterpart's only when they have a team (there is no unit to count for otherwise). */
    static void both(AOTieDay row, Consumer<TieFact> out) {
        out.accept(actor(row));
        if (row.getCounterpartTeam() != null) {
            out.accept(counterpart(row));
        }
    }

    private static Scope scope(AOTieDay row) {
        return Scope.parse(row.getScope()).orElseThrow();
    }

    private static Novelty novelty(AOTieDay row) {
        return Novelty.parse(row.getNovelty()).orElseThrow();
    }
}
