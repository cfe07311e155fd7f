package org.valuematrix.standalone.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classification;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.TieKey;
import org.valuematrix.team.Membership;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamMembership;

/**
 * Computes, for the raw JDBC paths, exactly the row that ingest stores for an event: the same
 * {@link Classifier}, membership and owners, and novelty from an in-memory tie history (events
 * arrive in time order). Compared with the stored rows after the ingest comparison.
 */
final class RowClassifier {
    static final String[] COLUMNS = {"SOURCE_ID", "OCCURRED_AT", "ACTOR", "VERB", "OBJECT_TYPE", "OBJECT_ID",
        "OBJECT_TITLE", "OBJECT_URL", "CONTAINER_KEY", "PRODUCT", "COUNTERPART", "SCOPE", "NOVELTY", "ACTOR_TEAM",
        "COUNTERPART_TEAM", "TIE_KEY"};

    private final Classifier classifier;
    private final Function<String, Membership> membership;
    private final Function<String, Optional<Team>> owner;
    /** tie key → {first, last} interaction time. */
    final Map<String, long[]> ties = new HashMap<>();

    RowClassifier(Classifier classifier, TeamMembership membership, TeamCatalog catalog) {
        this(classifier, membership::of, catalog::owner);
    }

    RowClassifier(Classifier classifier, Function<String, Membership> membership, Function<String, Optional<Team>> owner) {
        this.classifier = classifier;
        this.membership = membership;
        this.owner = owner;
    }

    /**
     * @return a classifier over a snapshot of every person's membership and every container's
     *     owner, that needs no database (the fill runs while the database is closed to core)
     */
    static RowClassifier frozen(Classifier classifier, TeamMembership membership, TeamCatalog catalog,
            BenchOrganisation org) {
        Map<String, Membership> people = new HashMap<>();
        for (String person : org.people) {
            people.put(person, membership.of(person));
        }
        Map<String, Optional<Team>> owners = new HashMap<>();
        for (BenchOrganisation.BenchContainer c : org.containers) {
            owners.put(c.key, catalog.owner(c.key));
        }
        return new RowClassifier(classifier, p -> people.computeIfAbsent(p, membership::of),
                k -> owners.computeIfAbsent(k, catalog::owner));
    }

    Object[] row(CapturedEvent e) {
        long at = e.occurredAt().toEpochMilli();
        Classification c;
        String tie = null;
        if (e.isInteraction()) {
            tie = TieKey.of(e.actor(), e.counterpart().get());
            long[] seen = ties.get(tie);
            Optional<Instant> previous = seen == null || seen[0] > at ? Optional.empty()
                    : Optional.of(Instant.ofEpochMilli(seen[1]));
            c = classifier.classify(e, membership.apply(e.actor()), membership.apply(e.counterpart().get()),
                    owner.apply(e.containerKey()), previous);
            if (seen == null) {
                ties.put(tie, new long[] {at, at});
            } else {
                seen[0] = Math.min(seen[0], at);
                seen[1] = Math.max(seen[1], at);
            }
        } else {
            c = classifier.classify(e, membership.apply(e.actor()), Membership.none(), owner.apply(e.containerKey()),
                    Optional.empty());
        }
        return new Object[] {e.sourceId(), at, e.actor(), e.verb().wire(), e.object().type(), e.object().id(),
            clip(e.object().title(), 255), clip(e.object().url(), 450), e.containerKey(), e.product(),
            e.counterpart().orElse(null), c.scope().map(s -> s.wire()).orElse(null),
            c.novelty().map(n -> n.wire()).orElse(null), c.actorTeam().orElse(null),
            c.counterpartTeam().orElse(null), tie};
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
