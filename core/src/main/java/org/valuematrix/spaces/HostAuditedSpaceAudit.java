package org.valuematrix.spaces;

import java.time.Clock;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.HostAuditLog;

/**
 * The audit trail that also copies every entry to the host's own audit log: creation, each stage
 * change, expiry and its notice, a new expiry date, an administrator's override. The copy is written
 * right after the row, inside the change's transaction; the host's log is not transactional, so in
 * the rare case that the transaction then fails, the host's log shows a change that did not happen
 * (core's rows, which users read, never do).
 */
public class HostAuditedSpaceAudit extends SpaceAudit {
    private final HostAuditLog host;
    private final SpaceStore store;

    public HostAuditedSpaceAudit(EntityAccess ao, Clock clock, HostAuditLog host) {
        super(ao, clock);
        this.host = host;
        this.store = new SpaceStore(ao, clock);
    }

    @Override
    public void record(String spaceKey, String actor, String action, SpaceStage from, SpaceStage to, String reason,
            String diff) {
        super.record(spaceKey, actor, action, from, to, reason, diff);
        String name = store.space(spaceKey).map(CustomerSpace::name).orElse(spaceKey);
        host.spaceChanged(spaceKey, name, action, from == null ? null : from.wire(), to == null ? null : to.wire(),
                reason, diff == null ? "" : diff.trim());
    }
}
