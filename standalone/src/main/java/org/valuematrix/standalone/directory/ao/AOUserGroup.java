package org.valuematrix.standalone.directory.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One group membership of a user. */
@Table("SA_USER_GROUP")
public interface AOUserGroup extends Entity {
    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String key);

    @NotNull
    String getGroupName();

    void setGroupName(String group);

    @NotNull
    int getPosition();

    void setPosition(int position);
}
