package org.valuematrix.standalone.projects.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A project permission given to a group beyond the project's view groups (which browse and comment,
 * as Jira's default scheme lets its users): Jira's permission scheme entry of type group, for this
 * project alone.
 */
@Table("SA_PROJECT_GRANT")
public interface AOProjectGrant extends Entity {
    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String key);

    @NotNull
    String getGroupName();

    void setGroupName(String group);

    @NotNull
    @StringLength(64)
    String getPermission();

    void setPermission(String permission);
}
