package org.valuematrix.standalone.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classification;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.activity.stream.StreamStore;
import org.valuematrix.activity.stream.TimeWindows;
import org.valuematrix.activity.stream.VisibleSets;
import org.valuematrix.ao.EntityManagers;

/**
 * The two baselines of the stream page, in plain JDBC on one connection held open (as a pool
 * would), building the same {@link ActivityEvent} values as core:
 * <ul>
 * <li>{@link #page}: the hand-written keyset query — the visible containers as core gives them
 * to the database (a join with the stored set), the filters, the cursor,
 * newest first; for a viewer of a few containers and one action, that action's range of the
 * (verb, time) index with the containers bound;</li>
 * <li>{@link #live}: the live-provider way — each visible container asked for its latest
 * items under the same filters, then merged (how Atlassian's activity stream gathers its
 * providers' entries at read time).</li>
 * </ul>
 */
final class SqlStreams implements AutoCloseable {
    private static final String[] COLUMNS = {"ID", "SOURCE_ID", "OCCURRED_AT", "ACTOR", "VERB", "OBJECT_TYPE",
        "OBJECT_ID", "OBJECT_TITLE", "OBJECT_URL", "CONTAINER_KEY", "PRODUCT", "COUNTERPART", "SCOPE", "NOVELTY",
        "ACTOR_TEAM", "COUNTERPART_TEAM"};
    private static final Comparator<ActivityEvent> NEWEST_FIRST = Comparator
            .comparing((ActivityEvent e) -> e.occurredAt()).thenComparingLong(ActivityEvent::id).reversed();

    private static final String[] SIDES = {"ACTOR_TEAM", "COUNTERPART_TEAM"};
    private static final String KEYS = "e.\"ID\", e.\"OCCURRED_AT\"";

    private final Connection connection;
    private final String table;
    private final String keysTable;
    private final VisibleSets sets;
    private final boolean postgres;

    /**
     * @param sets the stored visible sets that {@link #page} joins, as core does; null if only
     *     {@link #live} is used
     */
    SqlStreams(BenchDatabase db, VisibleSets sets) throws SQLException {
        this.connection = db.connect();
        this.table = BenchDatabase.quoted(BenchDatabase.EVENT);
        this.keysTable = BenchDatabase.quoted(EntityManagers.TABLE_PREFIX + "VISIBLE_KEY");
        this.sets = sets;
        this.postgres = db.kind.equals("postgres");
    }

    private static String columns(String qualifier) {
        return Arrays.stream(COLUMNS).map(c -> qualifier + "\"" + c + "\"").collect(Collectors.joining(", "));
    }

    /**
     * The hand-written page, {@code limit + 1} rows as the service reads: for a sparse viewer's
     * one action, {@link #oneAction}; otherwise the statements core sends, in plain JDBC (see
     * StreamStore: the visible containers joined from their stored set, a lower time bound that
     * starts an hour before the page's upper bound and widens as {@link TimeWindows} says until
     * the page is full).
     */
    List<ActivityEvent> page(List<String> visible, StreamFilter filter) throws SQLException {
        int max = filter.limit() + 1;
        if (StreamStore.bindsContainers(visible.size()) && StreamStore.seeksVerb(filter)) {
            return oneAction(visible, filter, max);
        }
        int setId = sets.idOf(new HashSet<>(visible));
        if (!StreamStore.seeksTeams(filter)) {
            return TimeWindows.widening(filter, System.currentTimeMillis(), max,
                    lower -> window(setId, filter, lower, max));
        }
        return byIds(TimeWindows.widening(filter, System.currentTimeMillis(), max,
                lower -> keys(setId, filter, lower, max)));
    }

    /**
     * A viewer of a few containers and one action, as a DBA would write it for the (verb, time)
     * index: the action's range newest first, the containers bound, stopping after the page. On
     * H2 in one statement of every column (H2 reads a row from the table only when it keeps it);
     * on PostgreSQL the keys first, from the index alone, then the page's rows by id (a plain
     * index scan there reads every row it tests from the table).
     */
    private List<ActivityEvent> oneAction(List<String> visible, StreamFilter filter, int max) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(oneActionSql(filter, visible.size()))) {
            bindOneAction(s, visible, filter, max);
            if (!postgres) {
                return read(s, new ArrayList<>(max));
            }
            List<Long> ids = new ArrayList<>(max);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return byIds(ids);
        }
    }

    private String oneActionSql(StreamFilter filter, int containers) {
        return "SELECT " + (postgres ? "\"ID\", \"OCCURRED_AT\"" : columns("")) + " FROM " + table
                + " WHERE \"VERB\" = ? AND \"CONTAINER_KEY\" IN (" + marks(containers) + ")"
                + (filter.scopes().isEmpty() ? "" : " AND \"SCOPE\" IN (" + marks(filter.scopes().size()) + ")")
                + cursor(filter, true, "") + " ORDER BY \"VERB\" DESC, \"OCCURRED_AT\" DESC, \"ID\" DESC LIMIT ?";
    }

    private void bindOneAction(PreparedStatement s, List<String> visible, StreamFilter filter, int max)
            throws SQLException {
        int i = 1;
        s.setString(i++, filter.verbs().iterator().next().wire());
        for (String key : visible) {
            s.setString(i++, key);
        }
        for (Scope scope : filter.scopes()) {
            s.setString(i++, scope.wire());
        }
        s.setInt(bindCursor(s, i, filter, true), max);
    }

    /** One statement without time bounds but the cursor's keyset condition, as core first sent it. */
    List<ActivityEvent> single(List<String> visible, StreamFilter filter) throws SQLException {
        return window(sets.idOf(new HashSet<>(visible)), filter, Long.MIN_VALUE, filter.limit() + 1);
    }

    private List<ActivityEvent> window(int setId, StreamFilter filter, long lower, int max)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(windowSql(filter, lower, columns("e.")))) {
            bindWindow(s, setId, filter, lower, max);
            return read(s, new ArrayList<>(max));
        }
    }

    /** @return the ids of a team window's newest {@code max} events, newest first */
    private List<Long> keys(int setId, StreamFilter filter, long lower, int max) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(windowSql(filter, lower, KEYS))) {
            bindWindow(s, setId, filter, lower, max);
            List<Long> ids = new ArrayList<>(max);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private List<ActivityEvent> byIds(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + columns("") + " FROM " + table + " WHERE \"ID\" IN (" + marks(ids.size()) + ")";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                s.setLong(i + 1, ids.get(i));
            }
            return newest(read(s, new ArrayList<>(ids.size())), ids.size());
        }
    }

    /**
     * A filter on a few teams is written as a DBA would write it for the team indexes: one
     * branch per team and side, each newest first with its own limit, merged by a UNION. Its
     * windows read only the keys (the team indexes hold every column they need); the page's
     * rows are fetched by id at the end, as core does ({@link StreamStore#seeksTeams} says which
     * filters).
     */
    private String windowSql(StreamFilter filter, long lower, String select) {
        if (!StreamStore.seeksTeams(filter)) {
            return branchSql(filter, lower, select, filters(filter), "");
        }
        List<String> branches = new ArrayList<>();
        for (int t = 0; t < filter.teams().size(); t++) {
            for (String side : SIDES) {
                branches.add("(" + branchSql(filter, lower, select, " AND \"" + side + "\" = ?" + scopes(filter),
                        "\"" + side + "\" DESC, ") + ")");
            }
        }
        return "SELECT * FROM (" + String.join(" UNION ", branches) + ") u ORDER BY \"OCCURRED_AT\" DESC, \"ID\" DESC"
                + " LIMIT ?";
    }

    /** @param orderPrefix ordering by a column held to one value first makes that column's index usable for the order */
    private String branchSql(StreamFilter filter, long lower, String select, String filters,
            String orderPrefix) {
        String source = table + " e JOIN " + keysTable + " v ON e.\"CONTAINER_KEY\" = v.\"CONTAINER_KEY\""
                + " WHERE v.\"SET_ID\" = ?";
        return "SELECT " + select + " FROM " + source + filters
                + (lower == Long.MIN_VALUE ? "" : " AND \"OCCURRED_AT\" >= ?")
                + cursor(filter, lower != Long.MIN_VALUE, "e.") + " ORDER BY " + orderPrefix
                + "\"OCCURRED_AT\" DESC, e.\"ID\" DESC LIMIT ?";
    }

    private void bindWindow(PreparedStatement s, int setId, StreamFilter filter, long lower,
            int max) throws SQLException {
        if (!StreamStore.seeksTeams(filter)) {
            s.setInt(bindBranch(s, 1, setId, filter, lower, null), max);
            return;
        }
        int i = 1;
        for (String team : filter.teams()) {
            for (int side = 0; side < SIDES.length; side++) {
                i = bindBranch(s, i, setId, filter, lower, team);
                s.setInt(i++, max);
            }
        }
        s.setInt(i, max);
    }

    /** @return the index of the branch's LIMIT parameter */
    private int bindBranch(PreparedStatement s, int i, int setId, StreamFilter filter, long lower,
            String team) throws SQLException {
        s.setInt(i++, setId);
        if (team == null) {
            i = bindFilters(s, i, filter);
        } else {
            s.setString(i++, team);
            i = bindScopes(s, i, filter);
        }
        if (lower != Long.MIN_VALUE) {
            s.setLong(i++, lower);
        }
        return bindCursor(s, i, filter, lower != Long.MIN_VALUE);
    }

    /** The live-provider way: per container its latest {@code limit} items, merged. */
    List<ActivityEvent> live(List<String> visible, StreamFilter filter) throws SQLException {
        String sql = "SELECT " + columns("") + " FROM " + table + " WHERE \"CONTAINER_KEY\" = ?" + filters(filter)
                + cursor(filter, true, "") + " ORDER BY \"CONTAINER_KEY\" DESC, \"OCCURRED_AT\" DESC, \"ID\" DESC LIMIT ?";
        List<ActivityEvent> all = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (String key : visible) {
                s.setString(1, key);
                int i = bindCursor(s, bindFilters(s, 2, filter), filter, true);
                s.setInt(i, filter.limit());
                read(s, all);
            }
        }
        return newest(all, filter.limit());
    }

    /**
     * @return the plans of the page's first statement (a one-hour window) and of the single
     *     statement; for a sparse viewer's one action, the plan of its statement
     */
    String explain(List<String> visible, StreamFilter filter, boolean postgres) throws SQLException {
        String prefix = "EXPLAIN " + (postgres ? "(ANALYZE, BUFFERS) " : "ANALYZE ");
        StringBuilder plan = new StringBuilder();
        if (StreamStore.bindsContainers(visible.size()) && StreamStore.seeksVerb(filter)) {
            plan.append("-- the page: the action's range, the containers bound\n");
            try (PreparedStatement s = connection.prepareStatement(prefix + oneActionSql(filter, visible.size()))) {
                bindOneAction(s, visible, filter, filter.limit() + 1);
                plan.append(text(s));
            }
            return plan.toString();
        }
        int setId = sets.idOf(new HashSet<>(visible));
        long anchor = filter.cursor().map(c -> c.occurredAt()).orElse(System.currentTimeMillis());
        plan.append("-- the page's first statement (a one-hour window)\n");
        for (long lower : new long[] {anchor - TimeWindows.first(filter), Long.MIN_VALUE}) {
            if (lower == Long.MIN_VALUE) {
                plan.append("-- the single statement (no window)\n");
            }
            String select = StreamStore.seeksTeams(filter) ? KEYS : columns("e.");
            try (PreparedStatement s = connection.prepareStatement(prefix + windowSql(filter, lower, select))) {
                bindWindow(s, setId, filter, lower, filter.limit() + 1);
                plan.append(text(s));
            }
        }
        return plan.toString();
    }

    private static String text(PreparedStatement s) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                plan.append(rs.getString(1).replaceAll("'[A-Z]{2}\\d{4}', ", "")).append('\n');
            }
        }
        return plan.toString();
    }

    private static List<ActivityEvent> newest(List<ActivityEvent> rows, int max) {
        Map<Long, ActivityEvent> byId = new LinkedHashMap<>();
        for (ActivityEvent e : rows) {
            byId.putIfAbsent(e.id(), e);
        }
        List<ActivityEvent> out = new ArrayList<>(byId.values());
        out.sort(NEWEST_FIRST);
        return out.size() <= max ? out : out.subList(0, max);
    }

    private static String filters(StreamFilter f) {
        StringBuilder sql = new StringBuilder();
        if (!f.teams().isEmpty()) {
            sql.append(" AND (\"ACTOR_TEAM\" IN (").append(marks(f.teams().size())).append(") OR \"COUNTERPART_TEAM\" IN (")
                    .append(marks(f.teams().size())).append("))");
        }
        return sql.append(scopes(f)).toString();
    }

    /** The filters every statement tests besides the teams: the scope and the verb. */
    private static String scopes(StreamFilter f) {
        return (f.scopes().isEmpty() ? "" : " AND \"SCOPE\" IN (" + marks(f.scopes().size()) + ")")
                + (f.verbs().isEmpty() ? "" : " AND \"VERB\" IN (" + marks(f.verbs().size()) + ")");
    }

    /** @param bounded with the redundant upper time bound that makes the cursor an index range */
    private static String cursor(StreamFilter f, boolean bounded, String qualifier) {
        return f.cursor().isEmpty() ? "" : (bounded ? " AND \"OCCURRED_AT\" <= ?" : "")
                + " AND (\"OCCURRED_AT\" < ? OR (\"OCCURRED_AT\" = ? AND " + qualifier + "\"ID\" < ?))";
    }

    private static int bindFilters(PreparedStatement s, int i, StreamFilter f) throws SQLException {
        for (int twice = 0; twice < 2 && !f.teams().isEmpty(); twice++) {
            for (String team : f.teams()) {
                s.setString(i++, team);
            }
        }
        return bindScopes(s, i, f);
    }

    private static int bindScopes(PreparedStatement s, int i, StreamFilter f) throws SQLException {
        for (Scope scope : f.scopes()) {
            s.setString(i++, scope.wire());
        }
        for (Verb verb : f.verbs()) {
            s.setString(i++, verb.wire());
        }
        return i;
    }

    private static int bindCursor(PreparedStatement s, int i, StreamFilter f, boolean bounded)
            throws SQLException {
        if (f.cursor().isPresent()) {
            if (bounded) {
                s.setLong(i++, f.cursor().get().occurredAt());
            }
            s.setLong(i++, f.cursor().get().occurredAt());
            s.setLong(i++, f.cursor().get().occurredAt());
            s.setLong(i++, f.cursor().get().id());
        }
        return i;
    }

    private static List<ActivityEvent> read(PreparedStatement s, List<ActivityEvent> into) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                CapturedEvent captured = new CapturedEvent(rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getString(4), Verb.parse(rs.getString(5)).orElse(Verb.UPDATED),
                        new ActivityObject(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                        rs.getString(10), rs.getString(11), rs.getString(12));
                Classification c = new Classification(Scope.parse(rs.getString(13)).orElse(null),
                        Novelty.parse(rs.getString(14)).orElse(null), rs.getString(15), rs.getString(16));
                into.add(new ActivityEvent(rs.getLong(1), captured, c));
            }
        }
        return into;
    }

    private static String marks(int n) {
        StringBuilder sb = new StringBuilder(n * 2);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ",?");
        }
        return sb.toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
