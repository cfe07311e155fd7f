package org.valuematrix.matrix;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;

/**
 * The raw aggregates of one unit (a team, or the organisation) over one period, read from the
 * rollups and limited to the containers the viewer may see. Metrics, stages and evidence are
 * computed from these alone ({@code MatrixFigures}); nothing here names a person.
 *
 * <p>Counting rules (value-matrix.md): an interaction counts for the actor's home team, and an
 * {@code across} one also for the counterpart's; the organisation counts each interaction once.
 */
public final class UnitCounts {
    private final Map<Scope, Map<Novelty, CellCounts>> cells;
    private final long activeMembers;
    private final long contributors;
    private final long internalTies;
    private final long externalTies;
    private final long reachTeams;
    private final long newCrossSiloTies;
    private final boolean customerFacingActivity;
    private final List<WorkItem> firstResponses;
    private final List<WorkItem> cycles;

    /**
     * @param cells interactions, ties and people per scope and novelty; missing cells are empty
     * @param activeMembers members with at least one event in the period
     * @param contributors members who commented, replied or edited others' content
     * @param internalTies distinct ties between two members (IL of the E-I index)
     * @param externalTies distinct ties between a member and a non-member (EL)
     * @param reachTeams other teams with at least 2 interactions with the unit in the 28 days
     *     that end with the period
     * @param newCrossSiloTies distinct ties whose interaction in the period was across and new
     * @param customerFacingActivity whether a customer or partner member interacted in a
     *     customer-facing container of the unit in the period (stage 3)
     * @param firstResponses items created in the period that got a first response, with the time to it
     * @param cycles issues resolved in the period, with the time from created to resolved
     */
    public UnitCounts(Map<Scope, Map<Novelty, CellCounts>> cells, long activeMembers, long contributors,
            long internalTies, long externalTies, long reachTeams, long newCrossSiloTies,
            boolean customerFacingActivity, List<WorkItem> firstResponses, List<WorkItem> cycles) {
        Map<Scope, Map<Novelty, CellCounts>> copy = new EnumMap<>(Scope.class);
        for (Scope s : Scope.values()) {
            Map<Novelty, CellCounts> row = new EnumMap<>(Novelty.class);
            for (Novelty n : Novelty.values()) {
                row.put(n, cells.getOrDefault(s, Map.of()).getOrDefault(n, CellCounts.EMPTY));
            }
            copy.put(s, row);
        }
        this.cells = copy;
        this.activeMembers = activeMembers;
        this.contributors = contributors;
        this.internalTies = internalTies;
        this.externalTies = externalTies;
        this.reachTeams = reachTeams;
        this.newCrossSiloTies = newCrossSiloTies;
        this.customerFacingActivity = customerFacingActivity;
        this.firstResponses = List.copyOf(firstResponses);
        this.cycles = List.copyOf(cycles);
    }

    public CellCounts cell(Scope scope, Novelty novelty) {
        return cells.get(scope).get(novelty);
    }

    /** @return interactions of every cell of one scope */
    public long interactions(Scope scope) {
        return cells.get(scope).values().stream().mapToLong(CellCounts::interactions).sum();
    }

    /** @return interactions of every cell */
    public long interactions() {
        long all = 0;
        for (Scope s : Scope.values()) {
            all += interactions(s);
        }
        return all;
    }

    public long activeMembers() {
        return activeMembers;
    }

    public long contributors() {
        return contributors;
    }

    public long internalTies() {
        return internalTies;
    }

    public long externalTies() {
        return externalTies;
    }

    public long reachTeams() {
        return reachTeams;
    }

    public long newCrossSiloTies() {
        return newCrossSiloTies;
    }

    public boolean customerFacingActivity() {
        return customerFacingActivity;
    }

    public List<WorkItem> firstResponses() {
        return firstResponses;
    }

    public List<WorkItem> cycles() {
        return cycles;
    }
}
