package org.valuematrix.matrix.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.matrix.CellCounts;
import org.valuematrix.matrix.TeamEdge;
import org.valuematrix.matrix.UnitCounts;
import org.valuematrix.matrix.WorkItem;

/** The reader's answers as text, so that a failure shows every figure side by side with the expected. */
final class Describe {
    /** Work items as "millis:crossed", by duration, then not crossed before crossed. */
    static final Comparator<String> ITEMS = Comparator.comparingLong((String s) -> Long.parseLong(s.split(":")[0]))
            .thenComparing(s -> s.split(":")[1]);

    private Describe() {
    }

    static String unit(UnitCounts u) {
        StringBuilder out = new StringBuilder();
        for (Scope s : Scope.values()) {
            for (Novelty n : Novelty.values()) {
                CellCounts c = u.cell(s, n);
                out.append(s).append('/').append(n).append('=').append(c.interactions()).append('/').append(c.ties())
                        .append('/').append(c.people()).append(' ');
            }
        }
        out.append("active=").append(u.activeMembers()).append(" contributors=").append(u.contributors())
                .append(" il=").append(u.internalTies()).append(" el=").append(u.externalTies())
                .append(" reach=").append(u.reachTeams()).append(" newCross=").append(u.newCrossSiloTies())
                .append(" customerFacing=").append(u.customerFacingActivity())
                .append(" responses=").append(items(u.firstResponses())).append(" cycles=").append(items(u.cycles()));
        return out.toString();
    }

    static String edges(List<TeamEdge> edges) {
        List<String> out = new ArrayList<>();
        for (TeamEdge e : edges) {
            out.add(e.teamA() + "-" + e.teamB() + ":" + e.interactions() + "/" + e.newTies());
        }
        return String.join(" ", out);
    }

    private static List<String> items(List<WorkItem> items) {
        List<String> out = new ArrayList<>();
        for (WorkItem w : items) {
            out.add(w.duration().toMillis() + ":" + w.crossedBoundary());
        }
        out.sort(ITEMS);
        return out;
    }
}
