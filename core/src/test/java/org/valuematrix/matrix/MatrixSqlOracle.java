package org.valuematrix.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * The answer {@code GET /matrix} should give, computed by DuckDB in SQL ({@code matrix-oracle.sql},
 * written from value-matrix.md) from an export of the events ({@code GET /events/export}, one JSON
 * object a line) and the organisation's definition. It sees nothing else: not the rollups, not the
 * Java computation. This class only runs the SQL; {@link OracleAnswer} lays its rows out in the answer's shape.
 */
final class MatrixSqlOracle implements AutoCloseable {
    private static final String EVENT_COLUMNS = "{id: 'BIGINT', sourceId: 'VARCHAR', occurredAt: 'VARCHAR',"
            + " actor: 'VARCHAR', verb: 'VARCHAR',"
            + " object: 'STRUCT(type VARCHAR, id VARCHAR, title VARCHAR, url VARCHAR)',"
            + " container: 'STRUCT(\"key\" VARCHAR, product VARCHAR)', counterpart: 'VARCHAR',"
            + " classification: 'STRUCT(scope VARCHAR, novelty VARCHAR, actorTeam VARCHAR, counterpartTeam VARCHAR)'}";
    private static final String[] PREPARE = script("matrix-oracle-export.sql");
    private static final String[] STATEMENTS = script("matrix-oracle.sql");

    private final DuckDBConnection duck;
    private final RandomOrganisation org;

    /**
     * @param export the export's lines in a file, as a user downloads it
     * @param zone the organisation's time zone
     */
    MatrixSqlOracle(Path export, RandomOrganisation org, ZoneId zone) throws SQLException {
        this.duck = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        this.org = org;
        org.load(duck);
        try (Statement s = duck.createStatement()) {
            // A few hundred rows: threads would only wait for each other on a busy machine.
            s.execute("SET threads TO 1");
            s.execute("CREATE TABLE organisation AS SELECT '" + zone.getId() + "' AS zone");
            s.execute("CREATE TABLE events AS SELECT * FROM read_json('" + export.toAbsolutePath()
                    + "', format = 'newline_delimited', columns = " + EVENT_COLUMNS + ")");
            run(s, PREPARE, PREPARE.length);
        }
    }

    /** @return how many exported events there are */
    long events() throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** @return each exported event whose stored classification differs from the one its definition gives */
    List<String> misclassified() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT e.source_id,"
                + " [e.scope, e.novelty, e.ateam, e.cteam], [x.scope, x.novelty, x.ateam, x.cteam]"
                + " FROM ev e JOIN expected_classification x USING (id)"
                + " WHERE [e.scope, e.novelty, e.ateam, e.cteam] IS DISTINCT FROM [x.scope, x.novelty, x.ateam, x.cteam]"
                + " ORDER BY e.source_id")) {
            while (r.next()) {
                out.add(r.getString(1) + ": stored " + r.getString(2) + ", expected " + r.getString(3));
            }
        }
        return out;
    }

    /**
     * @param kind week, month, quarter, or custom (then {@code to} is the last day)
     * @return the expected answer, or null when the viewer may not see the matrix (a customer or partner)
     */
    Map<String, Object> report(String viewer, String kind, LocalDate from, LocalDate to, LocalDate today, ZoneId zone)
            throws SQLException {
        MatrixSettings s = org.settings;
        try (Connection c = duck.duplicate()) {
            try (PreparedStatement p = c.prepareStatement("CREATE TEMP TABLE params AS SELECT CAST(? AS VARCHAR) AS kind,"
                    + " CAST(? AS DATE) AS from_date, CAST(? AS DATE) AS to_date, CAST(? AS DATE) AS today,"
                    + " CAST(? AS INTEGER) AS first_dow, CAST(? AS VARCHAR) AS zone, CAST(? AS VARCHAR) AS viewer,"
                    + " CAST(? AS VARCHAR) AS viewer_group, CAST(? AS INTEGER) AS min_team_size")) {
                p.setString(1, kind);
                p.setString(2, from.toString());
                p.setString(3, to == null ? null : to.toString());
                p.setString(4, today.toString());
                p.setInt(5, s.firstDayOfWeek().getValue());
                p.setString(6, zone.getId());
                p.setString(7, viewer);
                p.setString(8, s.viewerGroup().orElse(null));
                p.setInt(9, s.minimumTeamSize());
                p.execute();
            }
            try (PreparedStatement p = c.prepareStatement("CREATE TEMP TABLE thresholds AS SELECT"
                    + " CAST(? AS DECIMAL(18,6)) AS t_participation, CAST(? AS DECIMAL(18,6)) AS t_within,"
                    + " CAST(? AS DECIMAL(18,6)) AS t_ei, CAST(? AS DECIMAL(18,6)) AS t_reach,"
                    + " CAST(? AS DECIMAL(18,6)) AS t_ties, CAST(? AS DECIMAL(18,6)) AS t_external")) {
                double[] t = thresholds(s);
                for (int i = 0; i < t.length; i++) {
                    p.setString(i + 1, BigDecimal.valueOf(t[i]).toPlainString());
                }
                p.execute();
            }
            try (Statement st = c.createStatement()) {
                run(st, STATEMENTS, STATEMENTS.length - 1);
                try (ResultSet r = st.executeQuery("SELECT outsider AND NOT everything FROM viewer")) {
                    r.next();
                    if (r.getBoolean(1)) {
                        return null;
                    }
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("period", period(st));
                Map<String, Map<String, Map<String, Object>>> cells = cells(st);
                Map<String, Map<String, Map<String, Object>>> samples = samples(st);
                List<Map<String, Object>> teams = new ArrayList<>();
                try (ResultSet r = st.executeQuery(STATEMENTS[STATEMENTS.length - 1])) {
                    while (r.next()) {
                        Map<String, Object> unit = OracleAnswer.unit(r, cells, samples, s);
                        if (unit.get("key") == null) {
                            out.put("organisation", unit);
                        } else {
                            teams.add(unit);
                        }
                    }
                }
                out.put("teams", teams);
                return out;
            }
        }
    }

    private static double[] thresholds(MatrixSettings s) {
        return new double[] {s.participation(), s.withinInteractionsPerActiveMemberPerWeek(), s.eiIndex(),
            s.crossTeamReach(), s.newCrossSiloTiesPerMember(), s.externalShare()};
    }

    private static Map<String, Object> period(Statement st) throws SQLException {
        try (ResultSet r = st.executeQuery("SELECT first, \"end\" - 1, prev_first, first - 1 FROM period")) {
            r.next();
            Map<String, Object> previous = new LinkedHashMap<>();
            previous.put("from", r.getString(3));
            previous.put("to", r.getString(4));
            Map<String, Object> period = new LinkedHashMap<>();
            period.put("from", r.getString(1));
            period.put("to", r.getString(2));
            period.put("previous", previous);
            return period;
        }
    }

    /** @return by unit, then "now/scope/novelty" or "before/scope/novelty" */
    private static Map<String, Map<String, Map<String, Object>>> cells(Statement st) throws SQLException {
        Map<String, Map<String, Map<String, Object>>> out = new HashMap<>();
        try (ResultSet r = st.executeQuery("SELECT which, unit, scope, novelty, interactions, ties, people FROM cells")) {
            while (r.next()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("interactions", r.getLong(5));
                c.put("ties", r.getLong(6));
                c.put("people", r.getLong(7));
                out.computeIfAbsent(r.getString(2), k -> new HashMap<>())
                        .put(r.getString(1) + "/" + r.getString(3) + "/" + r.getString(4), c);
            }
        }
        return out;
    }

    /** @return by unit, then "metric/part" ({@code part}: all, crossedBoundary, withinTeam) */
    private static Map<String, Map<String, Map<String, Object>>> samples(Statement st) throws SQLException {
        Map<String, Map<String, Map<String, Object>>> out = new HashMap<>();
        try (ResultSet r = st.executeQuery("SELECT unit, metric, part, median, items FROM samples")) {
            while (r.next()) {
                Map<String, Object> sample = new LinkedHashMap<>();
                sample.put("medianHours", r.getDouble(4));
                sample.put("items", r.getLong(5));
                out.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2) + "/" + r.getString(3), sample);
            }
        }
        return out;
    }

    private static void run(Statement st, String[] statements, int count) throws SQLException {
        for (int i = 0; i < count; i++) {
            try {
                st.execute(statements[i]);
            } catch (SQLException e) {
                throw new SQLException("in " + statements[i].lines().filter(l -> l.startsWith("CREATE")).findFirst()
                        .orElse("statement " + i) + ": " + e.getMessage(), e);
            }
        }
    }

    private static String[] script(String name) {
        try (InputStream in = MatrixSqlOracle.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n;\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        duck.close();
    }
}
