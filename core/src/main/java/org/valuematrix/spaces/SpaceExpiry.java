package org.valuematrix.spaces;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.spi.SpaceAdministration;

/**
 * The scheduled job of access expiry. On its date a space returns to rehearsal, once (the row lock
 * and the {@code expired} flag make a second node's run, or the next one, find nothing to do).
 * A week before, moderators are told: an {@code expiry-notice} audit entry, which the space tool
 * page and {@code GET /spaces/{key}} show as a notice; the hosts have no mail port here.
 */
public class SpaceExpiry {
    /** How long before the date moderators are told. */
    public static final int NOTICE_DAYS = 7;
    private static final Logger LOG = LoggerFactory.getLogger(SpaceExpiry.class);

    private final SpaceAdministration host;
    private final SpaceStore store;
    private final SpaceAudit audit;
    private final Clock clock;

    private final LinkedProjectClosing linked;

    SpaceExpiry(SpaceAdministration host, SpaceStore store, SpaceAudit audit, Clock clock, LinkedProjectClosing linked) {
        this.linked = linked;
        this.host = host;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public void run() {
        LocalDate today = LocalDate.now(clock);
        for (CustomerSpace s : store.all()) {
            if (s.expired()) {
                continue;
            }
            try {
                if (!s.expiresOn().isAfter(today)) {
                    expire(s.key(), today);
                } else if (!s.noticeSent() && !s.expiresOn().minusDays(NOTICE_DAYS).isAfter(today)) {
                    notice(s.key(), today);
                }
            } catch (RuntimeException e) {
                // One space's failure must not keep the others open past their date.
                LOG.error("Access expiry of space {} failed; the next run tries again", s.key(), e);
            }
        }
    }

    private void expire(String key, LocalDate today) {
        GrantChanges[] applied = new GrantChanges[1];
        Deque<Runnable> projectUndo = new ArrayDeque<>();
        try {
            store.locked(key, locked -> {
                CustomerSpace s = locked.space();
                if (s.expired() || s.expiresOn().isAfter(today)) {
                    return null;
                }
                PermissionDiff diff = PermissionDiff.between(host.grants(key),
                        StagePresets.grants(s, SpaceStage.REHEARSAL));
                applied[0] = new GrantChanges(host, key);
                applied[0].apply(diff);
                if (s.stage() != SpaceStage.REHEARSAL) {
                    linked.close(key, SpaceAudit.SYSTEM, s.stage(), s.expiresOn().toString(), projectUndo);
                }
                locked.stage(SpaceStage.REHEARSAL);
                locked.expired(true);
                audit.record(key, SpaceAudit.SYSTEM, SpaceAudit.EXPIRED, s.stage(), SpaceStage.REHEARSAL,
                        s.expiresOn().toString(), diff.toText());
                return null;
            });
        } catch (RuntimeException e) {
            ProjectLinks.undo(projectUndo, key);
            if (applied[0] != null) {
                applied[0].undo();
            }
            throw e;
        }
    }

    private void notice(String key, LocalDate today) {
        store.locked(key, locked -> {
            CustomerSpace s = locked.space();
            if (s.noticeSent() || s.expired()) {
                return null;
            }
            locked.noticeSent(true);
            audit.record(key, SpaceAudit.SYSTEM, SpaceAudit.EXPIRY_NOTICE, s.stage(), s.stage(),
                    s.expiresOn().toString(), null);
            return null;
        });
    }
}
