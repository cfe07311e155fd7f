package org.valuematrix.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.matrix.rollup.RollupRebuild;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Person;

/**
 * Who is excluded from measurement, as administrators change it: each change holds every ingest
 * stripe, so a batch is stored entirely before or entirely after it, and is audited in the same
 * transaction. An exclusion applies from then on; erasing what was stored is {@link PersonErasure}'s.
 */
public class MeasuredPeople {
    private final PersonExclusions exclusions;
    private final RollupRebuild.Exclusive exclusive;
    private final AuditLog audit;
    private final Directory directory;

    public MeasuredPeople(PersonExclusions exclusions, RollupRebuild.Exclusive exclusive, AuditLog audit,
            Directory directory) {
        this.exclusions = exclusions;
        this.exclusive = exclusive;
        this.audit = audit;
        this.directory = directory;
    }

    /** @return the excluded people with their display names, oldest exclusion first */
    public List<Map<String, Object>> excluded() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> e : exclusions.list()) {
            String key = (String) e.get("key");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", key);
            m.put("displayName", directory.person(key).map(Person::displayName).orElse(key));
            m.put("excludedAt", Instant.ofEpochMilli((Long) e.get("excludedAt")).toString());
            m.put("excludedBy", e.get("excludedBy"));
            out.add(m);
        }
        return out;
    }

    /** @return false when they were excluded already (nothing is written then) */
    public boolean exclude(String userKey, String admin) {
        return exclusive.run(() -> {
            boolean added = exclusions.exclude(userKey, admin);
            if (added) {
                audit.record(admin, AuditLog.PERSON_EXCLUDED, userKey, null);
            }
            return added;
        });
    }

    /** @return false when they were not excluded (nothing is written then) */
    public boolean include(String userKey, String admin) {
        return exclusive.run(() -> {
            boolean removed = exclusions.include(userKey);
            if (removed) {
                audit.record(admin, AuditLog.PERSON_INCLUDED, userKey, null);
            }
            return removed;
        });
    }
}
