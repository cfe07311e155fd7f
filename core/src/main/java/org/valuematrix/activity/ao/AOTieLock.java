package org.valuematrix.activity.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One stripe of ties (a fixed number of rows, each standing for the ties whose key hashes to
 * it). Ingest updates the rows of its ties' stripes before it reads or writes anything of
 * theirs, so two transactions on one tie wait for each other on every node of a cluster. Only
 * the row lock matters: the revision it bumps means nothing.
 */
@Table("TIE_LOCK")
public interface AOTieLock extends Entity {
    @NotNull
    @Unique
    int getStripe();

    void setStripe(int stripe);

    @NotNull
    long getRevision();

    void setRevision(long revision);
}
