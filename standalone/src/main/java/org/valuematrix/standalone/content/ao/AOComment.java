package org.valuematrix.standalone.content.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A comment on a page or issue, written through the standalone host's own content actions. */
@Table("SA_COMMENT")
public interface AOComment extends Entity {
    /**
     * The id activity events give this comment when it is not the row's ID: the demo's comments
     * ({@code demo-comment-N}), whose events are made before the comments are stored.
     */
    @Indexed
    String getCommentKey();

    void setCommentKey(String key);

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

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long at);
}
