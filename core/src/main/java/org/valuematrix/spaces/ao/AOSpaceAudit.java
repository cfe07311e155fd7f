package org.valuematrix.spaces.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One change of a customer-facing space: who, when, what, from and to which stage, why, and the grants. */
@Table("MX_SPACE_AUDIT")
@Indexes({
    @Index(name = "space_recorded", methodNames = {"getSpaceKey", "getRecordedAt"})
})
public interface AOSpaceAudit extends Entity {
    @NotNull
    String getSpaceKey();

    void setSpaceKey(String key);

    @NotNull
    long getRecordedAt();

    void setRecordedAt(long at);

    /** A user key, or {@code system} for the expiry job. */
    @NotNull
    String getActor();

    void setActor(String actor);

    @NotNull
    @StringLength(32)
    String getAction();

    void setAction(String action);

    @StringLength(16)
    String getFromStage();

    void setFromStage(String stage);

    @StringLength(16)
    String getToStage();

    void setToStage(String stage);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    /** The grants added ({@code +}) and removed ({@code -}), one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getDiff();

    void setDiff(String diff);
}
