package org.valuematrix.spaces.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A customer-facing space: how it was made and its stage. Its row is also the lock every change
 * of the space takes (REVISION is bumped first), so two nodes never change one space at once.
 */
@Table("MX_SPACE")
public interface AOCustomerSpace extends Entity {
    @NotNull
    @Unique
    String getSpaceKey();

    void setSpaceKey(String key);

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(64)
    String getTemplate();

    void setTemplate(String template);

    @NotNull
    String getTeam();

    void setTeam(String team);

    @NotNull
    String getInternalGroup();

    void setInternalGroup(String group);

    /** User keys, one a line. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getModerators();

    void setModerators(String moderators);

    /** Group names, one a line. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getExternalGroups();

    void setExternalGroups(String groups);

    /** The epoch day the external groups lose access. */
    @NotNull
    long getExpiresOn();

    void setExpiresOn(long epochDay);

    @NotNull
    @StringLength(16)
    String getStage();

    void setStage(String stage);

    @NotNull
    long getInternalNotesId();

    void setInternalNotesId(long id);

    @NotNull
    boolean isExpired();

    void setExpired(boolean expired);

    @NotNull
    boolean isNoticeSent();

    void setNoticeSent(boolean sent);

    @NotNull
    long getRevision();

    void setRevision(long revision);

    @NotNull
    String getCreatedBy();

    void setCreatedBy(String userKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long at);
}
