package org.valuematrix.standalone.content.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A like of a page, blog post or issue: one per person and item. */
@Table("SA_LIKE")
public interface AOLike extends Entity {
    @NotNull
    @Indexed
    long getContentId();

    void setContentId(long id);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long at);
}
