package org.valuematrix.admin;

import java.util.Objects;
import java.util.Optional;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classification;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.matrix.rollup.RollupRebuild;
import org.valuematrix.team.Membership;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamMembership;

/**
 * A rebuild's reclassification: an event's scope and its actor's and counterpart's home teams
 * from the membership and container owners in force now, stored with the event. Novelty is kept:
 * it depends only on the tie's earlier interactions, which ingest keeps exact whatever the teams.
 */
public final class Reclassification implements RollupRebuild.Rewrite {
    private final Classifier classifier;
    private final TeamMembership membership;
    private final TeamCatalog catalog;

    public Reclassification(Classifier classifier, TeamMembership membership, TeamCatalog catalog) {
        this.classifier = classifier;
        this.membership = membership;
        this.catalog = catalog;
    }

    @Override
    public ActivityEvent apply(AOActivityEvent row, ActivityEvent event) {
        CapturedEvent c = event.captured();
        Membership counterpart = c.counterpart().map(membership::of).orElse(Membership.none());
        Classification fresh = classifier.classify(c, membership.of(c.actor()), counterpart,
                catalog.owner(c.containerKey()), Optional.empty());
        Classification now = new Classification(fresh.scope().orElse(null), event.novelty().orElse(null),
                fresh.actorTeam().orElse(null), fresh.counterpartTeam().orElse(null));
        Classification stored = event.classification();
        if (Objects.equals(now.scope(), stored.scope()) && Objects.equals(now.actorTeam(), stored.actorTeam())
                && Objects.equals(now.counterpartTeam(), stored.counterpartTeam())) {
            return event;
        }
        row.setScope(now.scope().map(Scope::wire).orElse(null));
        row.setActorTeam(now.actorTeam().orElse(null));
        row.setCounterpartTeam(now.counterpartTeam().orElse(null));
        row.save();
        return new ActivityEvent(event.id(), c, now);
    }
}
