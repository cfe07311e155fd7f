package org.valuematrix.matrix.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.Query;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.ingest.Chunks;
import org.valuematrix.matrix.ao.AOPeriodMark;
import org.valuematrix.spi.EntityAccess;

/**
 * Keeps {@link AOPeriodMark} rows in step with the tie rows: every change of a tie row's count
 * changes, by as much, the count of each mark its interactions make in the row's week and
 * month. The marks of one interaction are those its facts make in {@link UnitFigures}: for the
 * organisation, the actor's fact; for a team, each side's fact whose unit team it is (the
 * cells only from the actor's fact and an across counterpart's, the E-I ties from both).
 */
final class PeriodMarks {
    static final String WEEK = "week";
    static final String MONTH = "month";
    static final String TIE = "tie";
    static final String PERSON = "person";
    static final String INTERNAL = "internal";
    static final String EXTERNAL = "external";
    static final String NONE = "-";

    /** The figure columns of {@link AOPeriodMark}. */
    static final List<String> FIGURES = figures();

    private final EntityAccess ao;
    private final Map<String, Mark> changes = new HashMap<>();

    PeriodMarks(EntityAccess ao) {
        this.ao = ao;
    }

    private static List<String> figures() {
        List<String> out = new ArrayList<>();
        for (Scope s : Scope.values()) {
            for (Novelty n : Novelty.values()) {
                for (String what : List.of("INTERACTIONS", "TIES", "PEOPLE")) {
                    out.add(cellColumn(s.wire(), n.wire(), what));
                }
            }
        }
        out.add("INTERNAL_TIES");
        out.add("EXTERNAL_TIES");
        return List.copyOf(out);
    }

    /** @return e.g. {@code ACROSS_NEW_TIES} */
    static String cellColumn(String scope, String novelty, String what) {
        return (scope + "_" + novelty + "_" + what).toUpperCase(Locale.ROOT);
    }

    /** @return the epoch day of the Monday that starts the day's week */
    static int weekOf(int day) {
        return day - Math.floorMod(day + 3, 7);
    }

    static int monthOf(int day) {
        return Math.toIntExact(LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay());
    }

    /** @return the day after the last of the period that starts on {@code start} */
    static long end(String kind, int start) {
        return WEEK.equals(kind) ? start + 7L : LocalDate.ofEpochDay(start).plusMonths(1).toEpochDay();
    }

    /** Counts a change of {@code delta} interactions of a tie row. */
    void add(TieDayRow row, int delta) {
        for (String kind : List.of(WEEK, MONTH)) {
            int start = WEEK.equals(kind) ? weekOf(row.day) : monthOf(row.day);
            boolean across = Scope.ACROSS.wire().equals(row.scope);
            // The organisation: the actor's fact.
            cell(kind, start, null, row, row.actor, row.counterpart, delta);
            if (row.actorTeam != null || row.counterpartTeam != null) {
                ei(kind, start, null, row, row.actorTeam != null && row.actorTeam.equals(row.counterpartTeam), delta);
            }
            if (row.actorTeam != null) {
                cell(kind, start, row.actorTeam, row, row.actor, row.counterpart, delta);
                ei(kind, start, row.actorTeam, row, row.actorTeam.equals(row.counterpartTeam), delta);
            }
            if (row.counterpartTeam != null) {
                if (across) {
                    cell(kind, start, row.counterpartTeam, row, row.counterpart, row.actor, delta);
                }
                ei(kind, start, row.counterpartTeam, row, row.counterpartTeam.equals(row.actorTeam), delta);
            }
        }
    }

    private void cell(String kind, int start, String unit, TieDayRow row, String person, String other, int delta) {
        count(kind, start, unit, TIE, row.scope, row.novelty, row.tieKey, delta);
        count(kind, start, unit, PERSON, row.scope, row.novelty, person, delta);
        count(kind, start, unit, PERSON, row.scope, row.novelty, other, delta);
    }

    private void ei(String kind, int start, String unit, TieDayRow row, boolean internal, int delta) {
        count(kind, start, unit, internal ? INTERNAL : EXTERNAL, NONE, NONE, row.tieKey, delta);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void count(String kind, int start, String unit, String mark, String scope, String novelty, String subject,
            int delta) {
        String key = RowKeys.of(kind, start, unit, mark, scope, novelty, subject);
        changes.computeIfAbsent(key, k -> new Mark(k, kind, start, unit, mark, scope, novelty, subject)).count += delta;
    }

    /**
     * Writes the counted changes in the caller's transaction, which holds the locks of their
     * ties and people, and forgets them.
     *
     * @param storedUpTo the last day whose rows may be stored already (see {@link RollupStore#apply})
     */
    void write(int storedUpTo) {
        changes.values().removeIf(m -> m.count == 0);
        if (changes.isEmpty()) {
            return;
        }
        List<String> lookups = new ArrayList<>();
        for (Mark m : changes.values()) {
            if (m.start <= storedUpTo) {
                lookups.add(m.key);
            }
        }
        Map<String, AOPeriodMark> stored = new HashMap<>();
        for (List<String> chunk : Chunks.of(lookups)) {
            for (AOPeriodMark row : ao.find(AOPeriodMark.class, Query.select("ID, ROW_KEY, INTERACTIONS")
                    .where("ROW_KEY IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                stored.put(row.getRowKey(), row);
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        List<Integer> replaced = new ArrayList<>();
        for (Mark m : changes.values()) {
            AOPeriodMark row = stored.get(m.key);
            int count = Math.max(0, (row == null ? 0 : row.getInteractions()) + m.count);
            if (row != null) {
                replaced.add(row.getID());
            }
            if (count > 0) {
                created.add(m.columns(count));
            }
        }
        for (List<Integer> chunk : Chunks.of(replaced)) {
            ao.deleteWithSQL(AOPeriodMark.class, "ID IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray());
        }
        if (!created.isEmpty()) {
            ao.create(AOPeriodMark.class, created);
        }
        changes.clear();
    }

    /** One mark's identity and its change. */
    private static final class Mark {
        final String key;
        final String kind;
        final int start;
        final String unit;
        final String mark;
        final String scope;
        final String novelty;
        final String subject;
        int count;

        @SuppressWarnings("checkstyle:ParameterNumber")
        Mark(String key, String kind, int start, String unit, String mark, String scope, String novelty,
                String subject) {
            this.key = key;
            this.kind = kind;
            this.start = start;
            this.unit = unit;
            this.mark = mark;
            this.scope = scope;
            this.novelty = novelty;
            this.subject = subject;
        }

        Map<String, Object> columns(int count) {
            Map<String, Object> row = new HashMap<>();
            row.put("ROW_KEY", key);
            row.put("PERIOD_KIND", kind);
            row.put("PERIOD_START", start);
            // Absent rather than null: Active Objects validates every value of a bulk insert.
            if (unit != null) {
                row.put("UNIT", unit);
            }
            row.put("MARK", mark);
            row.put("SCOPE", scope);
            row.put("NOVELTY", novelty);
            row.put("SUBJECT", subject);
            row.put("INTERACTIONS", count);
            for (String column : FIGURES) {
                row.put(column, 0);
            }
            switch (mark) {
                case TIE:
                    row.put(cellColumn(scope, novelty, "INTERACTIONS"), count);
                    row.put(cellColumn(scope, novelty, "TIES"), 1);
                    break;
                case PERSON:
                    row.put(cellColumn(scope, novelty, "PEOPLE"), 1);
                    break;
                case INTERNAL:
                    row.put("INTERNAL_TIES", 1);
                    break;
                default:
                    row.put("EXTERNAL_TIES", 1);
                    break;
            }
            return row;
        }
    }
}
