package org.valuematrix.admin;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.activity.ingest.Chunks;
import org.valuematrix.activity.stream.StreamStore;
import org.valuematrix.matrix.ao.AORollupState;
import org.valuematrix.matrix.rollup.RollupRebuild;
import org.valuematrix.matrix.rollup.RollupRepair;
import org.valuematrix.matrix.rollup.RollupStates;
import org.valuematrix.rest.Json;

/**
 * Erases a person's stored data (value-matrix.md, "Privacy": the right to erasure) and excludes
 * them from measurement from then on, in one transaction that holds every ingest stripe: their
 * own events are deleted; an event of someone else that answered them stays the actor's own
 * action, without the counterpart (so the actor's participation is still counted, and nothing
 * says whom they answered); their ties' history goes; the rollups become what a rebuild of the
 * remaining events writes; the exclusion and the audit entry are written. Nothing of it is seen
 * half done, and no batch stores their events after it commits.
 */
public class PersonErasure {
    /** What an erasure did, or why it did not run. */
    public static final class Outcome {
        private final boolean refused;
        private final long erased;
        private final long anonymised;

        Outcome(boolean refused, long erased, long anonymised) {
            this.refused = refused;
            this.erased = erased;
            this.anonymised = anonymised;
        }

        /** @return true when a rebuild is under way (nothing was done: try again when it is over) */
        public boolean refused() {
            return refused;
        }

        public long erased() {
            return erased;
        }

        public long anonymised() {
            return anonymised;
        }
    }

    private final org.valuematrix.spi.EntityAccess ao;
    private final RollupRebuild.Exclusive exclusive;
    private final RollupStates states;
    private final RollupRepair repair;
    private final PersonExclusions exclusions;
    private final AuditLog audit;

    public PersonErasure(org.valuematrix.spi.EntityAccess ao, RollupRebuild.Exclusive exclusive, RollupStates states,
            PersonExclusions exclusions, AuditLog audit) {
        this.ao = ao;
        this.exclusive = exclusive;
        this.states = states;
        this.repair = new RollupRepair(ao);
        this.exclusions = exclusions;
        this.audit = audit;
    }

    /**
     * @param person the user key whose data goes
     * @param admin who asks
     * @param reason why, for the audit list, or null
     */
    public Outcome erase(String person, String admin, String reason) {
        return exclusive.run(() -> {
            AORollupState state = states.row();
            if (state.isRebuilding()) {
                return new Outcome(true, 0, 0);
            }
            List<ActivityEvent> touched = new ArrayList<>();
            Set<String> ties = new HashSet<>();
            List<Integer> own = new ArrayList<>();
            for (AOActivityEvent row : ao.find(AOActivityEvent.class,
                    Query.select(StreamStore.COLUMNS + ", TIE_KEY").where("ACTOR = ?", person))) {
                touched.add(StreamStore.toEvent(row));
                own.add(row.getID());
                if (row.getTieKey() != null) {
                    ties.add(row.getTieKey());
                }
            }
            long anonymised = 0;
            for (AOActivityEvent row : ao.find(AOActivityEvent.class,
                    Query.select(StreamStore.COLUMNS + ", TIE_KEY").where("COUNTERPART = ? AND ACTOR <> ?", person, person))) {
                touched.add(StreamStore.toEvent(row));
                if (row.getTieKey() != null) {
                    ties.add(row.getTieKey());
                }
                row.setCounterpart(null);
                row.setCounterpartTeam(null);
                row.setScope(null);
                row.setNovelty(null);
                row.setTieKey(null);
                row.save();
                anonymised++;
            }
            for (List<Integer> chunk : Chunks.of(own)) {
                ao.deleteWithSQL(AOActivityEvent.class, "ID IN (" + Chunks.placeholders(chunk.size()) + ")",
                        chunk.toArray());
            }
            for (List<String> chunk : Chunks.of(ties)) {
                ao.deleteWithSQL(AOTie.class, "TIE_KEY IN (" + Chunks.placeholders(chunk.size()) + ")",
                        chunk.toArray());
            }
            repair.forget(person, touched, ZoneId.of(state.getZone()));
            exclusions.exclude(person, admin);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("reason", reason);
            detail.put("erased", own.size());
            detail.put("anonymised", anonymised);
            audit.record(admin, AuditLog.PERSON_ERASED, person, Json.write(detail));
            return new Outcome(false, own.size(), anonymised);
        });
    }
}
