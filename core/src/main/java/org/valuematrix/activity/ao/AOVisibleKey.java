package org.valuematrix.activity.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One container key of an {@link AOVisibleSet}. The index serves both ways the database joins
 * a set: all keys of one set (hashed once per statement), or one probe per event row.
 */
@Table("VISIBLE_KEY")
@Indexes(@Index(name = "set_key", methodNames = {"getSetId", "getContainerKey"}))
public interface AOVisibleKey extends Entity {
    @NotNull
    int getSetId();

    void setSetId(int setId);

    @NotNull
    String getContainerKey();

    void setContainerKey(String key);
}
