package org.valuematrix.standalone.directory.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A space (Confluence) or project (Jira) of the standalone host. */
@Table("SA_CONTAINER")
public interface AOContainer extends Entity {
    @NotNull
    @Unique
    String getContainerKey();

    void setContainerKey(String key);

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(32)
    String getProduct();

    void setProduct(String product);

    @StringLength(StringLength.MAX_LENGTH)
    String getDescription();

    void setDescription(String description);

    @NotNull
    int getPosition();

    void setPosition(int position);
}
