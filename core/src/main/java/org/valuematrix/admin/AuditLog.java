package org.valuematrix.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.valuematrix.admin.ao.AOAuditEntry;
import org.valuematrix.spi.EntityAccess;

/**
 * The administrators' audit list: who changed the settings, rebuilt the rollups or erased a
 * person's data, when, and to what. Entries are written in the transaction of the change they
 * record, so there is never a change without its entry, nor an entry without its change.
 */
public class AuditLog {
    /** The actor of what the plugin does by itself (a rebuild that a change of zone queued). */
    public static final String SYSTEM = "system";
    public static final String SETTINGS_SAVED = "settings.saved";
    public static final String REBUILD_REQUESTED = "rebuild.requested";
    public static final String PERSON_ERASED = "person.erased";
    public static final String PERSON_EXCLUDED = "person.excluded";
    public static final String PERSON_INCLUDED = "person.included";

    private final EntityAccess ao;
    private final Clock clock;

    public AuditLog(EntityAccess ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    /** Adds an entry in the caller's transaction. @param target what was acted on, or null @param detail or null */
    public void record(String actor, String action, String target, String detail) {
        Map<String, Object> row = new HashMap<>();
        row.put("RECORDED_AT", clock.millis());
        row.put("ACTOR", actor);
        row.put("ACTION", action);
        if (target != null) {
            row.put("TARGET", target);
        }
        if (detail != null) {
            row.put("DETAIL", detail);
        }
        ao.create(AOAuditEntry.class, row);
    }

    /** @return entries newest first, {@code limit} from {@code offset} */
    public List<Map<String, Object>> page(int offset, int limit) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AOAuditEntry e : ao.find(AOAuditEntry.class,
                Query.select().order("RECORDED_AT DESC, ID DESC").offset(offset).limit(limit))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.getID());
            m.put("at", Instant.ofEpochMilli(e.getRecordedAt()).toString());
            m.put("actor", e.getActor());
            m.put("action", e.getAction());
            m.put("target", e.getTarget());
            m.put("detail", e.getDetail());
            out.add(m);
        }
        return out;
    }

    public int size() {
        return ao.count(AOAuditEntry.class, Query.select());
    }
}
