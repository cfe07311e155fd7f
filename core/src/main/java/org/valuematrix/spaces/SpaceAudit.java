package org.valuematrix.spaces;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.valuematrix.spaces.ao.AOSpaceAudit;
import org.valuematrix.spi.EntityAccess;

/**
 * The audit trail of the customer-facing spaces. Rows are written in the transaction of the change
 * they record and are never changed.
 */
public class SpaceAudit {
    public static final String SYSTEM = "system";
    public static final String CREATED = "created";
    public static final String STAGE = "stage";
    public static final String EXPIRED = "expired";
    public static final String EXPIRY_NOTICE = "expiry-notice";
    public static final String EXPIRY_SET = "expiry-set";
    /** An administrator proceeded past a warning or refusal that allows it; the reason says why. */
    public static final String OVERRIDE = "override";
    /** A project was linked to the space; the diff names it and the grants the link added. */
    public static final String PROJECT_LINKED = "project-linked";
    /** A project was unlinked; the diff names it and the grants taken back. */
    public static final String PROJECT_UNLINKED = "project-unlinked";

    private final EntityAccess ao;
    private final Clock clock;

    public SpaceAudit(EntityAccess ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    public void record(String spaceKey, String actor, String action, SpaceStage from, SpaceStage to, String reason,
            String diff) {
        Map<String, Object> row = new HashMap<>();
        row.put("SPACE_KEY", spaceKey);
        row.put("RECORDED_AT", clock.millis());
        row.put("ACTOR", actor);
        row.put("ACTION", action);
        if (from != null) {
            row.put("FROM_STAGE", from.wire());
        }
        if (to != null) {
            row.put("TO_STAGE", to.wire());
        }
        if (reason != null) {
            row.put("REASON", reason);
        }
        if (diff != null && !diff.isEmpty()) {
            row.put("DIFF", diff);
        }
        ao.create(AOSpaceAudit.class, row);
    }

    /** @return the space's entries, newest first: {@code {"at","actor","action","from","to","reason","diff":[…]}} */
    public List<Map<String, Object>> entries(String spaceKey) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AOSpaceAudit e : ao.find(AOSpaceAudit.class,
                Query.select().where("SPACE_KEY = ?", spaceKey).order("RECORDED_AT DESC, ID DESC"))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", Instant.ofEpochMilli(e.getRecordedAt()).toString());
            m.put("actor", e.getActor());
            m.put("action", e.getAction());
            m.put("from", e.getFromStage());
            m.put("to", e.getToStage());
            m.put("reason", e.getReason());
            m.put("diff", e.getDiff() == null ? List.of() : List.of(e.getDiff().split("\n")));
            out.add(m);
        }
        return out;
    }

    public int count(String spaceKey) {
        return ao.count(AOSpaceAudit.class, Query.select().where("SPACE_KEY = ?", spaceKey));
    }
}
