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
 * <p>Few indexes, on purpose: the stream reads newest-first through (time, id) inside a time
 * window. An index on the container key looks attractive to H2's planner for the visible-set
 * IN list and makes it sort every event of those containers (seconds on a large site). The
 * team indexes serve a team filter one side at a time: the stream reads the actor-team and
 * the counterpart-team ranges separately and merges them (a team's events are a few in a
 * hundred; through the time index alone such a page reads tens of thousands of rows).
 * Each index also slows ingest.
 */
@Preload
@Table("EVENT")
@Indexes({
    @Index(name = "time_id", methodNames = {"getOccurredAt", "getID"}),
    @Index(name = "actor_time", methodNames = {"getActor", "getOccurredAt"}),
    @Index(name = "ateam_time", methodNames = {"getActorTeam", "getOccurredAt"}),
    @Index(name = "cteam_time", methodNames = {"getCounterpartTeam", "getOccurredAt"}),
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

    @StringLength(40)
    String getTieKey();

    void setTieKey(String tieKey);
}
