package org.valuematrix.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person excluded from measurement: ingest stores none of their events and anonymises events
 * that answer them. Only the user key is kept: it is what the exclusion has to recognise.
 */
@Table("MX_EXCLUDED")
public interface AOExcludedPerson extends Entity {
    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    long getExcludedAt();

    void setExcludedAt(long at);

    @NotNull
    String getExcludedBy();

    void setExcludedBy(String userKey);
}
