package org.valuematrix.standalone.content.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A comment on a page or issue, written through the standalone host's own content actions. */
@Table("SA_COMMENT")
public interface AOComment extends Entity {
    @NotNull
    @Indexed
    long getContentId();

    void setContentId(long id);

    @NotNull
    String getAuthor();

    void setAuthor(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    /** The public comment id, given by the store; null on rows written before it had one (their ID is theirs). */
    @Indexed
    Long getCommentId();

    void setCommentId(Long id);

    /** The public id of the comment this one replies to; null for a comment on the item itself. */
    Long getParentId();

    void setParentId(Long id);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long at);
}
