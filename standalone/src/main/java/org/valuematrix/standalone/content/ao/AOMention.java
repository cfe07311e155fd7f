package org.valuematrix.standalone.content.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A person mentioned in an item's body, recorded when the body that holds the mention is saved, with who saved it. */
@Table("SA_MENTION")
public interface AOMention extends Entity {
    @NotNull
    @Indexed
    long getContentId();

    void setContentId(long id);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getAuthor();

    void setAuthor(String userKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long at);
}
