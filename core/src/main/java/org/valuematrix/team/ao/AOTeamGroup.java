package org.valuematrix.team.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One host group that defines a team's membership. */
@Preload
@Table("TEAM_GROUP")
public interface AOTeamGroup extends Entity {
    @NotNull
    @Indexed
    @StringLength(64)
    String getTeamKey();

    void setTeamKey(String key);

    @NotNull
    String getGroupName();

    void setGroupName(String group);

    int getPosition();

    void setPosition(int position);
}
