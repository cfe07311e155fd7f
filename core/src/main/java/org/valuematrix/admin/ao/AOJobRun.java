package org.valuematrix.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The last run of a scheduled job, whichever node ran it: when it started and ended and how it
 * went. Kept in the database so that every node's Health page shows the same.
 */
@Table("MX_JOB_RUN")
public interface AOJobRun extends Entity {
    @NotNull
    @Unique
    @StringLength(255)
    String getJobKey();

    void setJobKey(String key);

    @NotNull
    long getStartedAt();

    void setStartedAt(long at);

    /** Null while the run is under way. */
    Long getFinishedAt();

    void setFinishedAt(Long at);

    /** {@code running}, {@code succeeded} or {@code failed}. */
    @NotNull
    @StringLength(16)
    String getOutcome();

    void setOutcome(String outcome);

    /** Why a run failed (the exception's class and message), else null. */
    @StringLength(450)
    String getMessage();

    void setMessage(String message);
}
