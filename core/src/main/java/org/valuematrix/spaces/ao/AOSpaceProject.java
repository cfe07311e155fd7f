package org.valuematrix.spaces.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A project linked to a customer-facing space: the project-level setting that names the space's
 * external groups, and the grants the link added (so an unlink takes back exactly those). A
 * project is linked to one space at most: its customers belong to one organisation.
 */
@Table("MX_SPACE_PROJECT")
public interface AOSpaceProject extends Entity {
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String key);

    @NotNull
    @Unique
    String getProjectKey();

    void setProjectKey(String key);

    /** The external groups the project is customer-facing for, one a line. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getExternalGroups();

    void setExternalGroups(String groups);

    /** The grants the link added, one a line ({@code BROWSE_PROJECTS group:customer-acme}). */
    @StringLength(StringLength.UNLIMITED)
    String getAddedGrants();

    void setAddedGrants(String grants);

    @NotNull
    String getLinkedBy();

    void setLinkedBy(String userKey);

    @NotNull
    long getLinkedAt();

    void setLinkedAt(long at);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);
}
