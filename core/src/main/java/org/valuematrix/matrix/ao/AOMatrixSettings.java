package org.valuematrix.matrix.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The matrix settings an administrator saved, as one JSON document in one row: a save replaces
 * the whole document in one statement, so no reader sees half of a change, on any node.
 */
@Table("MX_SETTINGS")
public interface AOMatrixSettings extends Entity {
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getJson();

    void setJson(String json);

    @NotNull
    long getSavedAt();

    void setSavedAt(long savedAt);

    String getSavedBy();

    void setSavedBy(String userKey);
}
