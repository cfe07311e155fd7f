package org.valuematrix.matrix.rollup;

import java.util.HashMap;
import java.util.Map;

/** One {@link org.valuematrix.matrix.ao.AOTieDay} row's identity, with a count (a change, or the stored count). */
final class TieDayRow {
    final String key;
    final int day;
    final String container;
    final String scope;
    final String novelty;
    final String tieKey;
    final String actor;
    final String actorTeam;
    final String counterpart;
    final String counterpartTeam;
    int interactions;

    @SuppressWarnings("checkstyle:ParameterNumber")
    TieDayRow(int day, String container, String scope, String novelty, String tieKey, String actor, String actorTeam,
            String counterpart, String counterpartTeam) {
        // The tie key follows from the two people, so it is left out of the digest.
        this.key = RowKeys.of(day, container, scope, novelty, actor, actorTeam, counterpart, counterpartTeam);
        this.day = day;
        this.container = container;
        this.scope = scope;
        this.novelty = novelty;
        this.tieKey = tieKey;
        this.actor = actor;
        this.actorTeam = actorTeam;
        this.counterpart = counterpart;
        this.counterpartTeam = counterpartTeam;
    }

    Map<String, Object> columns(int count) {
        Map<String, Object> row = new HashMap<>();
        row.put("ROW_KEY", key);
        row.put("EPOCH_DAY", day);
        row.put("CONTAINER_KEY", container);
        row.put("SCOPE", scope);
        row.put("NOVELTY", novelty);
        row.put("TIE_KEY", tieKey);
        row.put("ACTOR", actor);
        // Absent rather than null: Active Objects validates every value of a bulk insert.
        if (actorTeam != null) {
            row.put("ACTOR_TEAM", actorTeam);
        }
        row.put("COUNTERPART", counterpart);
        if (counterpartTeam != null) {
            row.put("COUNTERPART_TEAM", counterpartTeam);
        }
        row.put("INTERACTIONS", count);
        return row;
    }
}
