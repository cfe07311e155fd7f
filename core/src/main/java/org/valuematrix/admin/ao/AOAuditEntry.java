package org.valuematrix.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One administrator's action: who did what to what, when and why. Rows are only ever added. */
@Table("MX_AUDIT")
@Indexes({
    @Index(name = "recorded", methodNames = {"getRecordedAt"})
})
public interface AOAuditEntry extends Entity {
    @NotNull
    long getRecordedAt();

    void setRecordedAt(long at);

    /** The administrator's user key, or {@code system} for what the plugin did by itself. */
    @NotNull
    String getActor();

    void setActor(String userKey);

    @NotNull
    @StringLength(64)
    String getAction();

    void setAction(String action);

    String getTarget();

    void setTarget(String target);

    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);
}
