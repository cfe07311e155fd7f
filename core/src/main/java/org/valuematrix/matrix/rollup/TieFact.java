package org.valuematrix.matrix.rollup;

import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.matrix.ao.AOTieDay;

/** A tie-day row as the reader uses it. */
final class TieFact {
    static final String COLUMNS =
            "ID, EPOCH_DAY, CONTAINER_KEY, UNIT_TEAM, SIDE, SCOPE, NOVELTY, TIE_KEY, PERSON, OTHER_PERSON, OTHER_TEAM, INTERACTIONS";

    final int day;
    final String unitTeam;
    final boolean actorSide;
    final Scope scope;
    final Novelty novelty;
    final String tie;
    final String person;
    final String other;
    final String otherTeam;
    final int interactions;

    TieFact(AOTieDay row) {
        this.day = row.getEpochDay();
        this.unitTeam = row.getUnitTeam();
        this.actorSide = TieDayRow.ACTOR.equals(row.getSide());
        this.scope = Scope.parse(row.getScope()).orElseThrow();
        this.novelty = Novelty.parse(row.getNovelty()).orElseThrow();
        this.tie = row.getTieKey();
        this.person = row.getPerson();
        this.other = row.getOtherPerson();
        this.otherTeam = row.getOtherTeam();
        this.interactions = row.getInteractions();
    }
}
