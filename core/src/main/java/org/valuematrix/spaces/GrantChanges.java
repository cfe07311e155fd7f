package org.valuematrix.spaces;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpaceGrant;

/**
 * Applies a permission diff to the host one grant at a time, remembering what it did, so a
 * failure later in the same change can put every grant back.
 */
final class GrantChanges {
    private static final Logger LOG = LoggerFactory.getLogger(GrantChanges.class);

    private final SpaceAdministration host;
    private final String spaceKey;
    private final Deque<Runnable> undo = new ArrayDeque<>();

    GrantChanges(SpaceAdministration host, String spaceKey) {
        this.host = host;
        this.spaceKey = spaceKey;
    }

    /** Revokes first: a space passing from one set to another is never wider than both. */
    void apply(PermissionDiff diff) {
        for (SpaceGrant g : diff.removed()) {
            host.revoke(spaceKey, g);
            undo.push(() -> host.grant(spaceKey, g));
        }
        for (SpaceGrant g : diff.added()) {
            host.grant(spaceKey, g);
            undo.push(() -> host.revoke(spaceKey, g));
        }
    }

    /** Puts back what {@link #apply} changed, newest first; a failure here is logged, the rest still runs. */
    void undo() {
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                LOG.error("Could not undo a space permission change of {}", spaceKey, e);
            }
        }
    }
}
