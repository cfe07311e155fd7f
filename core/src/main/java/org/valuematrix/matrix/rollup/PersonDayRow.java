package org.valuematrix.matrix.rollup;

import java.util.HashMap;
import java.util.Map;

/** One {@link org.valuematrix.matrix.ao.AOPersonDay} row's identity and whether it records a contribution. */
final class PersonDayRow {
    final String key;
    final int day;
    final String container;
    final String team;
    final String person;
    boolean contributed;

    PersonDayRow(int day, String container, String team, String person) {
        this.key = RowKeys.of(day, container, team, person);
        this.day = day;
        this.container = container;
        this.team = team;
        this.person = person;
    }

    Map<String, Object> columns() {
        Map<String, Object> row = new HashMap<>();
        row.put("ROW_KEY", key);
        row.put("EPOCH_DAY", day);
        row.put("CONTAINER_KEY", container);
        if (team != null) {
            row.put("TEAM", team);
        }
        row.put("PERSON", person);
        row.put("CONTRIBUTED", contributed);
        return row;
    }
}
