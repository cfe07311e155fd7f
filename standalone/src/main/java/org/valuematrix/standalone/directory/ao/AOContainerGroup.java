package org.valuematrix.standalone.directory.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A group whose members may view a container (Confluence: view space; Jira: browse project). */
@Table("SA_CONTAINER_GROUP")
public interface AOContainerGroup extends Entity {
    @NotNull
    @Indexed
    String getContainerKey();

    void setContainerKey(String key);

    @NotNull
    String getGroupName();

    void setGroupName(String group);

    @NotNull
    int getPosition();

    void setPosition(int position);
}
