package org.valuematrix.spaces;

import java.time.LocalDate;

/** A moderator's request to move a space: the stage, why, whether it is confirmed, and a new expiry date or null. */
public final class StageChange {
    final SpaceStage stage;
    final String reason;
    final boolean confirm;
    final LocalDate expiresOn;

    public StageChange(SpaceStage stage, String reason, boolean confirm, LocalDate expiresOn) {
        this.stage = stage;
        this.reason = reason;
        this.confirm = confirm;
        this.expiresOn = expiresOn;
    }
}
