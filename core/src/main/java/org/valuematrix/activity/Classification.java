package org.valuematrix.activity;

import java.util.Optional;

/**
 * What ingest decided about an event, stored with it: scope and novelty (interactions only),
 * and the home teams of actor and counterpart at that moment.
 */
public final class Classification {
    private final Scope scope;
    private final Novelty novelty;
    private final String actorTeam;
    private final String counterpartTeam;

    public Classification(Scope scope, Novelty novelty, String actorTeam, String counterpartTeam) {
        this.scope = scope;
        this.novelty = novelty;
        this.actorTeam = actorTeam;
        this.counterpartTeam = counterpartTeam;
    }

    public Optional<Scope> scope() {
        return Optional.ofNullable(scope);
    }

    public Optional<Novelty> novelty() {
        return Optional.ofNullable(novelty);
    }

    /** @return the actor's home team at ingest; empty when they were in no team */
    public Optional<String> actorTeam() {
        return Optional.ofNullable(actorTeam);
    }

    /**
     * @return the counterpart's home team at ingest, or the container's owning team when they were
     *     in no team; empty for a non-interaction, or when neither exists
     */
    public Optional<String> counterpartTeam() {
        return Optional.ofNullable(counterpartTeam);
    }
}
