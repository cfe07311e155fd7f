package org.valuematrix.matrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;

/** Test-data builder of {@link UnitCounts}: everything zero or empty unless set. */
final class Counts {
    private final Map<Scope, Map<Novelty, CellCounts>> cells = new EnumMap<>(Scope.class);
    private long active;
    private long contributors;
    private long internalTies;
    private long externalTies;
    private long reach;
    private long newCrossSiloTies;
    private boolean customerFacing;
    private final List<WorkItem> firstResponses = new ArrayList<>();
    private final List<WorkItem> cycles = new ArrayList<>();

    static Counts counts() {
        return new Counts();
    }

    Counts interactions(Scope scope, Novelty novelty, long interactions) {
        cells.computeIfAbsent(scope, s -> new EnumMap<>(Novelty.class))
                .put(novelty, new CellCounts(interactions, interactions, Math.min(interactions, 2)));
        return this;
    }

    Counts active(long n) {
        active = n;
        return this;
    }

    Counts contributors(long n) {
        contributors = n;
        return this;
    }

    Counts ties(long external, long internal) {
        externalTies = external;
        internalTies = internal;
        return this;
    }

    Counts reach(long n) {
        reach = n;
        return this;
    }

    Counts newCrossSiloTies(long n) {
        newCrossSiloTies = n;
        return this;
    }

    Counts customerFacing(boolean b) {
        customerFacing = b;
        return this;
    }

    Counts firstResponses(int n, Duration each, boolean crossed) {
        for (int i = 0; i < n; i++) {
            firstResponses.add(new WorkItem(each, crossed));
        }
        return this;
    }

    Counts cycles(int n, Duration each, boolean crossed) {
        for (int i = 0; i < n; i++) {
            cycles.add(new WorkItem(each, crossed));
        }
        return this;
    }

    UnitCounts build() {
        return new UnitCounts(cells, active, contributors, internalTies, externalTies, reach, newCrossSiloTies,
                customerFacing, firstResponses, cycles);
    }

    static List<WorkItem> items(boolean crossed, double... hours) {
        List<WorkItem> out = new ArrayList<>();
        for (double h : hours) {
            out.add(new WorkItem(Duration.ofSeconds(Math.round(h * 3600)), crossed));
        }
        return out;
    }
}
