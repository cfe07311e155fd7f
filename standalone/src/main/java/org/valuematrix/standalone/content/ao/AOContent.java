package org.valuematrix.standalone.content.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A page, blog post (in a space) or issue (in a project) of the standalone host. */
@Table("SA_CONTENT")
@Indexes({
    @Index(name = "container_slug", methodNames = {"getContainerKey", "getSlug"}),
    @Index(name = "container_created", methodNames = {"getContainerKey", "getCreatedAt"})
})
public interface AOContent extends Entity {
    /** The public content id (what Confluence calls the page id), stable across databases. */
    @NotNull
    @Unique
    long getContentId();

    void setContentId(long id);

    @NotNull
    @StringLength(32)
    String getContentType();

    void setContentType(String type);

    @NotNull
    String getContainerKey();

    void setContainerKey(String key);

    @NotNull
    String getSlug();

    void setSlug(String slug);

    @NotNull
    String getTitle();

    void setTitle(String title);

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
