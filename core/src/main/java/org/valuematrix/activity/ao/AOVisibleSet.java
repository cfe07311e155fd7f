package org.valuematrix.activity.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A set of container keys stored once, so a stream statement can join a viewer's visible
 * containers instead of binding them one parameter each (see
 * {@link org.valuematrix.activity.stream.VisibleSets}). Its ID is the set's id; its members are
 * {@link AOVisibleKey} rows. At most one row per content: the hash is unique.
 */
@Table("VISIBLE_SET")
public interface AOVisibleSet extends Entity {
    /** SHA-256 of the sorted keys, hex. */
    @NotNull
    @Unique
    @StringLength(64)
    String getContentHash();

    void setContentHash(String hash);

    @NotNull
    int getSize();

    void setSize(int size);

    /** When a node last used the set, epoch milliseconds; sets unused for long are purged. */
    @NotNull
    long getTouchedAt();

    void setTouchedAt(long touchedAt);
}
