package org.valuematrix.team.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Which team owns a space or project. Unmapped containers belong to no team. */
@Preload
@Table("CONTAINER_TEAM")
public interface AOContainerTeam extends Entity {
    @NotNull
    @Unique
    String getContainerKey();

    void setContainerKey(String key);

    @NotNull
    @StringLength(64)
    String getTeamKey();

    void setTeamKey(String key);
}
