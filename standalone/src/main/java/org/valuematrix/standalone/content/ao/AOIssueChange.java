package org.valuematrix.standalone.content.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One change of an issue, as Jira's change history holds it: an assignment (to whom), a status transition or a resolution. */
@Table("SA_ISSUE_CHANGE")
public interface AOIssueChange extends Entity {
    @NotNull
    @Indexed
    long getContentId();

    void setContentId(long id);

    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    String getAssignee();

    void setAssignee(String userKey);

    @NotNull
    String getAuthor();

    void setAuthor(String userKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long at);

    /** The status before a transition or resolution; null for an assignment. */
    @StringLength(64)
    String getStatusFrom();

    void setStatusFrom(String status);

    /** The status after a transition or resolution; null for an assignment. */
    @StringLength(64)
    String getStatusTo();

    void setStatusTo(String status);
}
