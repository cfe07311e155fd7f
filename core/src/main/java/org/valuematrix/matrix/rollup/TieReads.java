package org.valuematrix.matrix.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.java.ao.Query;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.rollup.Readable.Where;
import org.valuematrix.spi.EntityAccess;

/**
 * The statements on the tie rollup ({@link AOTieDay}): a period's interactions grouped by pair
 * and cell (days and containers collapse in the database), the interactions between two teams
 * summed by the database, and where customers and partners interacted.
 */
final class TieReads {
    static final String PAIR = "ACTOR_TEAM, COUNTERPART_TEAM, SCOPE, NOVELTY, TIE_KEY, ACTOR, COUNTERPART";
    private static final String TEAMS = "ACTOR_TEAM, COUNTERPART_TEAM";

    private final EntityAccess ao;

    TieReads(EntityAccess ao) {
        this.ao = ao;
    }

    /** The organisation's facts: each interaction once, by its actor. */
    List<TieFact> actors(long fromDay, long toDay, Readable readable) {
        List<TieFact> out = new ArrayList<>();
        pairs(null, fromDay, toDay, readable, row -> out.add(TieFact.actor(row)));
        return out;
    }

    /**
     * Every team's facts, by team: each interaction for its actor's team and its counterpart's.
     *
     * @param actors receives the organisation's facts ({@link #actors}) from the same rows
     */
    Map<String, List<TieFact>> teams(long fromDay, long toDay, Readable readable, List<TieFact> actors) {
        Map<String, List<TieFact>> out = new HashMap<>();
        pairs(null, fromDay, toDay, readable, row -> TieFact.both(row, f -> {
            if (f.actorSide) {
                actors.add(f);
            }
            if (f.unitTeam != null) {
                out.computeIfAbsent(f.unitTeam, k -> new ArrayList<>()).add(f);
            }
        }));
        return out;
    }

    /** One team's facts: its members' as actors and as counterparts, each read through that side's index. */
    List<TieFact> team(String team, long fromDay, long toDay, Readable readable) {
        List<TieFact> out = new ArrayList<>();
        pairs(new Where().add("ACTOR_TEAM = ?", team), fromDay, toDay, readable, row -> out.add(TieFact.actor(row)));
        pairs(new Where().add("COUNTERPART_TEAM = ?", team), fromDay, toDay, readable,
                row -> out.add(TieFact.counterpart(row)));
        return out;
    }

    /**
     * Interactions by (actor's team, counterpart's team), both known, in the period; with a team,
     * only the pairs it is part of.
     *
     * @return by {@code actorTeam + "\n" + counterpartTeam}
     */
    Map<String, Long> teamPairs(String team, long fromDay, long toDay, Readable readable) {
        Map<String, Long> out = new HashMap<>();
        Consumer<AOTieDay> add = row -> {
            if (row.getActorTeam() != null && row.getCounterpartTeam() != null) {
                out.merge(row.getActorTeam() + "\n" + row.getCounterpartTeam(), (long) row.getInteractions(), Long::sum);
            }
        };
        if (team == null) {
            summed(TEAMS, new Where(), fromDay, toDay, readable, add);
        } else {
            summed(TEAMS, new Where().add("ACTOR_TEAM = ?", team), fromDay, toDay, readable, add);
            summed(TEAMS, new Where().add("COUNTERPART_TEAM = ?", team), fromDay, toDay, readable, row -> {
                // Counted by the first statement already.
                if (!team.equals(row.getActorTeam())) {
                    add.accept(row);
                }
            });
        }
        return out;
    }

    /** @return the readable containers in which a member of one of {@code actorTeams} interacted in the period */
    Set<String> containersOf(Set<String> actorTeams, long fromDay, long toDay, Readable readable) {
        Set<String> out = new HashSet<>();
        if (actorTeams.isEmpty()) {
            return out;
        }
        Where where = new Where();
        Query query = readable.from(AOTieDay.class, "CONTAINER_KEY", where).distinct();
        where.add("r.EPOCH_DAY >= ? AND r.EPOCH_DAY < ?", (int) fromDay, (int) toDay);
        where.in("r.ACTOR_TEAM", actorTeams);
        ao.stream(AOTieDay.class, where.apply(query), row -> out.add(row.getContainerKey()));
        return out;
    }

    private void pairs(Where where, long fromDay, long toDay, Readable readable, Consumer<AOTieDay> rows) {
        summed(PAIR, where == null ? new Where() : where, fromDay, toDay, readable, rows);
    }

    private void summed(String groups, Where where, long fromDay, long toDay, Readable readable,
            Consumer<AOTieDay> rows) {
        Query query = readable.summed(AOTieDay.class, groups, "INTERACTIONS", where);
        where.add("EPOCH_DAY >= ? AND EPOCH_DAY < ?", (int) fromDay, (int) toDay);
        ao.stream(AOTieDay.class, where.apply(query), rows::accept);
    }
}
