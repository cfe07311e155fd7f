package org.valuematrix.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import org.valuematrix.activity.ingest.Exclusions;
import org.valuematrix.admin.ao.AOExcludedPerson;
import org.valuematrix.spi.EntityAccess;

/** The people excluded from measurement, as stored: read afresh by every ingest batch. */
public class PersonExclusions implements Exclusions {
    private final EntityAccess ao;
    private final Clock clock;

    public PersonExclusions(EntityAccess ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Set<String> excluded() {
        Set<String> out = new HashSet<>();
        for (AOExcludedPerson row : ao.find(AOExcludedPerson.class, Query.select("ID, USER_KEY"))) {
            out.add(row.getUserKey());
        }
        return out;
    }

    /** @return every exclusion, oldest first: {@code key}, {@code excludedAt} (epoch ms), {@code excludedBy} */
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AOExcludedPerson row : ao.find(AOExcludedPerson.class, Query.select().order("EXCLUDED_AT, ID"))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", row.getUserKey());
            m.put("excludedAt", row.getExcludedAt());
            m.put("excludedBy", row.getExcludedBy());
            out.add(m);
        }
        return out;
    }

    /**
     * Measures the person again from the next ingest batch on, in the caller's transaction, which
     * must hold every ingest stripe.
     *
     * @return false when they were not excluded
     */
    public boolean include(String userKey) {
        return ao.deleteWithSQL(AOExcludedPerson.class, "USER_KEY = ?", userKey) > 0;
    }

    /**
     * Excludes the person in the caller's transaction, which must hold every ingest stripe.
     *
     * @return false when they were excluded already
     */
    public boolean exclude(String userKey, String by) {
        if (ao.count(AOExcludedPerson.class, Query.select().where("USER_KEY = ?", userKey)) > 0) {
            return false;
        }
        Map<String, Object> row = new HashMap<>();
        row.put("USER_KEY", userKey);
        row.put("EXCLUDED_AT", clock.millis());
        row.put("EXCLUDED_BY", by);
        ao.create(AOExcludedPerson.class, row);
        return true;
    }
}
