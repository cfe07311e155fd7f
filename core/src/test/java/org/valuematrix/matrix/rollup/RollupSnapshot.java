package org.valuematrix.matrix.rollup;

import java.util.Map;
import java.util.TreeMap;
import net.java.ao.Query;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.spi.EntityAccess;

/** Every rollup row of a database, by table and key, with every column but the id. */
public final class RollupSnapshot {
    private RollupSnapshot() {
    }

    public static Map<String, String> of(EntityAccess ao) {
        Map<String, String> out = new TreeMap<>();
        for (AOTieDay r : ao.find(AOTieDay.class, Query.select())) {
            out.put("tie " + r.getRowKey(), String.join("|", String.valueOf(r.getEpochDay()), r.getContainerKey(),
                    r.getScope(), r.getNovelty(), r.getTieKey(), r.getActor(), String.valueOf(r.getActorTeam()),
                    r.getCounterpart(), String.valueOf(r.getCounterpartTeam()), String.valueOf(r.getInteractions())));
        }
        for (AOPersonDay r : ao.find(AOPersonDay.class, Query.select())) {
            out.put("person " + r.getRowKey(), String.join("|", String.valueOf(r.getEpochDay()), r.getContainerKey(),
                    String.valueOf(r.getTeam()), r.getPerson(), String.valueOf(r.isContributed())));
        }
        for (AOWorkItem r : ao.find(AOWorkItem.class, Query.select())) {
            out.put("item " + r.getItemKey(), String.join("|", String.valueOf(r.getCreatedAt()),
                    String.valueOf(r.getAuthor()), String.valueOf(r.getAuthorTeam()), String.valueOf(r.getContainerKey()),
                    String.valueOf(r.getItemType()), String.valueOf(r.getFirstResponseAt()),
                    String.valueOf(r.getFirstResponder()), String.valueOf(r.getOtherResponseAt()),
                    String.valueOf(r.getResolvedAt()), String.valueOf(r.getCrossedAt())));
        }
        return out;
    }
}
