package org.valuematrix.standalone.content.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A later version of a page, blog post or issue (version 1 is the item itself): who saved it and when. */
@Table("SA_VERSION")
public interface AOVersion extends Entity {
    @NotNull
    @Indexed
    long getContentId();

    void setContentId(long id);

    @NotNull
    int getVersion();

    void setVersion(int version);

    @NotNull
    String getAuthor();

    void setAuthor(String userKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long at);
}
