package org.valuematrix.matrix.rollup;

import java.util.HashMap;
import java.util.Map;

/** One {@link org.valuematrix.matrix.ao.AOTieDay} row's identity, with a count (a change, or the stored count). */
final class TieDayRow {
    static final String ACTOR = "actor";
    static final String COUNTERPART = "counterpart";

    final String key;
    final int day;
    final String container;
    final String unitTeam;
    final String side;
    final String scope;
    final String novelty;
    final String tieKey;
    final String person;
    final String other;
    final String otherTeam;
    int interactions;

    @SuppressWarnings("checkstyle:ParameterNumber")
    TieDayRow(int day, String container, String unitTeam, String side, String scope, String novelty, String tieKey,
            String person, String other, String otherTeam) {
        this.key = RowKeys.of(day, container, unitTeam, side, scope, novelty, tieKey, person, otherTeam);
        this.day = day;
        this.container = container;
        this.unitTeam = unitTeam;
        this.side = side;
        this.scope = scope;
        this.novelty = novelty;
        this.tieKey = tieKey;
        this.person = person;
        this.other = other;
        this.otherTeam = otherTeam;
    }

    Map<String, Object> columns(int count) {
        Map<String, Object> row = new HashMap<>();
        row.put("ROW_KEY", key);
        row.put("EPOCH_DAY", day);
        row.put("CONTAINER_KEY", container);
        // Absent rather than null: Active Objects validates every value of a bulk insert.
        if (unitTeam != null) {
            row.put("UNIT_TEAM", unitTeam);
        }
        row.put("SIDE", side);
        row.put("SCOPE", scope);
        row.put("NOVELTY", novelty);
        row.put("TIE_KEY", tieKey);
        row.put("PERSON", person);
        row.put("OTHER_PERSON", other);
        if (otherTeam != null) {
            row.put("OTHER_TEAM", otherTeam);
        }
        row.put("INTERACTIONS", count);
        return row;
    }
}
