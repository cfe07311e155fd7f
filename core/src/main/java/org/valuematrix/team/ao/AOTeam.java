package org.valuematrix.team.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Storage of a {@link org.valuematrix.team.Team}; its groups are {@link AOTeamGroup} rows. */
@Preload
@Table("TEAM")
public interface AOTeam extends Entity {
    @NotNull
    @Unique
    @StringLength(64)
    String getTeamKey();

    void setTeamKey(String key);

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    int getPosition();

    void setPosition(int position);
}
