package org.valuematrix.matrix.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One page, blog post or issue, with the times time to first response, cycle time and the
 * benefit evidence are read from. Every column is an order-independent minimum of its events,
 * so a late event yields the same row as one that came in time:
 * <ul>
 * <li>the creation (time, author, author's home team at ingest, container, type): the earliest
 * {@code created} event on the item;</li>
 * <li>responses (comments, replies, transitions, resolutions): the earliest one
 * ({@code FIRST_RESPONSE_AT} by {@code FIRST_RESPONDER}, the smaller user key between equal
 * times) and the earliest by anyone else ({@code OTHER_RESPONSE_AT}), which is enough to find
 * the first response by someone other than the author whenever the author becomes known;</li>
 * <li>{@code RESOLVED_AT}: the earliest resolution;</li>
 * <li>{@code CROSSED_AT}: the earliest across or external interaction on the item.</li>
 * </ul>
 * Times are epoch milliseconds. The item key is a digest of the product and the item's address
 * (see {@code org.valuematrix.matrix.rollup.WorkItemKeys}).
 */
@Table("WORK_ITEM")
@Indexes({
    @Index(name = "team_created", methodNames = {"getAuthorTeam", "getCreatedAt"}),
    @Index(name = "created", methodNames = {"getCreatedAt"}),
    @Index(name = "resolved", methodNames = {"getResolvedAt"})
})
public interface AOWorkItem extends Entity {
    @NotNull
    @Unique
    @StringLength(40)
    String getItemKey();

    void setItemKey(String key);

    Long getCreatedAt();

    void setCreatedAt(Long at);

    String getAuthor();

    void setAuthor(String author);

    @StringLength(64)
    String getAuthorTeam();

    void setAuthorTeam(String team);

    String getContainerKey();

    void setContainerKey(String key);

    @StringLength(32)
    String getItemType();

    void setItemType(String type);

    Long getFirstResponseAt();

    void setFirstResponseAt(Long at);

    String getFirstResponder();

    void setFirstResponder(String person);

    Long getOtherResponseAt();

    void setOtherResponseAt(Long at);

    Long getResolvedAt();

    void setResolvedAt(Long at);

    Long getCrossedAt();

    void setCrossedAt(Long at);
}
