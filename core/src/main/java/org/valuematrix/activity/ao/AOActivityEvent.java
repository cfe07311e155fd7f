package org.valuematrix.activity.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A stored, classified activity event. Times are epoch milliseconds (UTC).
 *
 * <p>Few indexes, on purpose, each shaped for the stream page. The stream reads newest-first
 * through (time, id); the team filter reads one team's actor side and counterpart side through
 * (team, time, id); an action filter reads that verb's events through (verb, time, id). Each of
 * these carries the container key and the scope as well, so the database tests a row against
 * the viewer's visible containers and the scope filter in the index, and fetches only the rows
 * it returns: a page for a viewer of one container in ten reads a few hundred index entries and
 * 26 rows. (Databases walk such an index backwards for "newest first", H2 from 2.3 on.)
 *
 * <p>No index starts with the container key. Given one, H2's planner starts a stream statement
 * from the viewer's stored set and reads every event of the window in each of its containers
 * through it, then sorts them: on a 1M-event database the pages of viewers who see one container
 * in ten took 2 to 5 times as long at the median. Each index also slows ingest.
 */
@Preload
@Table("EVENT")
@Indexes({
    @Index(name = "stream_time", methodNames = {"getOccurredAt", "getID", "getContainerKey", "getScope"}),
    @Index(name = "actor_time", methodNames = {"getActor", "getOccurredAt"}),
    @Index(name = "ateam_stream", methodNames = {"getActorTeam", "getOccurredAt", "getID", "getContainerKey", "getScope"}),
    @Index(name = "cteam_stream",
            methodNames = {"getCounterpartTeam", "getOccurredAt", "getID", "getContainerKey", "getScope"}),
    @Index(name = "verb_stream", methodNames = {"getVerb", "getOccurredAt", "getID", "getContainerKey", "getScope"}),
    @Index(name = "tie_time", methodNames = {"getTieKey", "getOccurredAt"})
})
public interface AOActivityEvent extends Entity {
    @NotNull
    @Unique
    String getSourceId();

    void setSourceId(String sourceId);

    @NotNull
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    @NotNull
    String getActor();

    void setActor(String actor);

    @NotNull
    @StringLength(32)
    String getVerb();

    void setVerb(String verb);

    @NotNull
    @StringLength(32)
    String getObjectType();

    void setObjectType(String type);

    @NotNull
    String getObjectId();

    void setObjectId(String id);

    String getObjectTitle();

    void setObjectTitle(String title);

    @StringLength(StringLength.MAX_LENGTH)
    String getObjectUrl();

    void setObjectUrl(String url);

    @NotNull
    String getContainerKey();

    void setContainerKey(String key);

    @NotNull
    @StringLength(32)
    String getProduct();

    void setProduct(String product);

    String getCounterpart();

    void setCounterpart(String counterpart);

    @StringLength(16)
    String getScope();

    void setScope(String scope);

    @StringLength(16)
    String getNovelty();

    void setNovelty(String novelty);

    @StringLength(64)
    String getActorTeam();

    void setActorTeam(String team);

    @StringLength(64)
    String getCounterpartTeam();

    void setCounterpartTeam(String team);

    /** A work item's status before a transition (null when unknown or none). */
    @StringLength(64)
    String getStatusFrom();

    void setStatusFrom(String status);

    /** A work item's status after a transition (null when the event changed none). */
    @StringLength(64)
    String getStatusTo();

    void setStatusTo(String status);

    @StringLength(40)
    String getTieKey();

    void setTieKey(String tieKey);
}
