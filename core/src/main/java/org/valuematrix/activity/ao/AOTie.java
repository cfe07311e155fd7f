package org.valuematrix.activity.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The latest interaction seen for a tie (unordered pair of people), so ingest decides
 * novelty with one indexed look-up per batch instead of scanning events.
 */
@Table("TIE")
public interface AOTie extends Entity {
    @NotNull
    @Unique
    @StringLength(40)
    String getTieKey();

    void setTieKey(String tieKey);

    @NotNull
    long getFirstAt();

    void setFirstAt(long firstAt);

    @NotNull
    long getLastAt();

    void setLastAt(long lastAt);
}
