package org.valuematrix.standalone.spaces.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One space permission of the standalone host, as Confluence keeps them: a type and one subject
 * (a group, a user key, anonymous or all signed-in users).
 */
@Table("SA_SPACE_GRANT")
public interface AOSpaceGrant extends Entity {
    @NotNull
    @Indexed
    String getContainerKey();

    void setContainerKey(String key);

    @NotNull
    @StringLength(32)
    String getPermission();

    void setPermission(String permission);

    @NotNull
    @StringLength(16)
    String getSubject();

    void setSubject(String subject);

    /** The group or user key; null for anonymous and all signed-in users. */
    String getName();

    void setName(String name);
}
