package org.valuematrix.standalone.spaces.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Where a page sits in its space's tree: a view restriction of a parent applies to its children. */
@Table("SA_PAGE_PARENT")
public interface AOPageParent extends Entity {
    @NotNull
    @Unique
    long getContentId();

    void setContentId(long id);

    @NotNull
    long getParentId();

    void setParentId(long id);
}
