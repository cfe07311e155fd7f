package org.valuematrix.standalone.spaces.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A group of a page's own view restriction; a page with rows is viewable by those groups' members only. */
@Table("SA_PAGE_RESTRICTION")
public interface AOPageRestriction extends Entity {
    @NotNull
    @Indexed
    long getContentId();

    void setContentId(long id);

    @NotNull
    String getGroupName();

    void setGroupName(String group);
}
