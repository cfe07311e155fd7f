package org.valuematrix.standalone.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The matrix's counts for the organisation and every team over one period, by plain SQL over
 * the event table, as a site without rollups would compute them: each cell's interactions,
 * distinct ties and distinct people (a team's own interactions and the across ones it was the
 * counterpart of), the E-I index's internal and external ties, cross-team reach over the 28
 * days that end with the period, and active members and contributors. Work items (time to
 * first response, cycle time) are left out, so the baseline does less than the reader.
 */
final class PlainMatrixSql {
    private static final String E = BenchDatabase.quoted(BenchDatabase.EVENT);
    private static final String INTERACTION = " \"OCCURRED_AT\" >= ? AND \"OCCURRED_AT\" < ? AND \"NOVELTY\" IS NOT NULL";
    /** An interaction seen from each side: unit team T, other team O, scope, novelty, tie, person P, other person Q. */
    private static final String SIDES = "WITH r AS (SELECT \"ACTOR_TEAM\" t, \"COUNTERPART_TEAM\" o, \"SCOPE\" s,"
            + " \"NOVELTY\" n, \"TIE_KEY\" k, \"ACTOR\" p, \"COUNTERPART\" q, 1 a FROM " + E + " WHERE" + INTERACTION
            + " UNION ALL SELECT \"COUNTERPART_TEAM\", \"ACTOR_TEAM\", \"SCOPE\", \"NOVELTY\", \"TIE_KEY\","
            + " \"COUNTERPART\", \"ACTOR\", 0 FROM " + E + " WHERE" + INTERACTION
            + " AND \"COUNTERPART_TEAM\" IS NOT NULL) ";
    private static final String[] STATEMENTS = {
        SIDES + "SELECT t, s, n, COUNT(*), COUNT(DISTINCT k) FROM r WHERE a = 1 OR s = 'across' GROUP BY t, s, n",
        SIDES + "SELECT t, s, n, COUNT(DISTINCT x) FROM (SELECT t, s, n, p x FROM r WHERE a = 1 OR s = 'across'"
                + " UNION ALL SELECT t, s, n, q FROM r WHERE a = 1 OR s = 'across') c GROUP BY t, s, n",
        SIDES + "SELECT s, n, COUNT(*), COUNT(DISTINCT k) FROM r WHERE a = 1 GROUP BY s, n",
        SIDES + "SELECT s, n, COUNT(DISTINCT x) FROM (SELECT s, n, p x FROM r WHERE a = 1 UNION ALL"
                + " SELECT s, n, q FROM r WHERE a = 1) c GROUP BY s, n",
        SIDES + "SELECT t, CASE WHEN o = t THEN 1 ELSE 0 END, COUNT(DISTINCT k) FROM r WHERE t IS NOT NULL"
                + " GROUP BY t, CASE WHEN o = t THEN 1 ELSE 0 END",
        SIDES + "SELECT CASE WHEN o = t THEN 1 ELSE 0 END, COUNT(DISTINCT k) FROM r WHERE a = 1"
                + " AND (t IS NOT NULL OR o IS NOT NULL) GROUP BY CASE WHEN o = t THEN 1 ELSE 0 END",
        "SELECT \"ACTOR_TEAM\", COUNT(DISTINCT \"ACTOR\"), COUNT(DISTINCT CASE WHEN \"VERB\" IN ('commented', 'replied')"
                + " OR (\"VERB\" = 'updated' AND \"NOVELTY\" IS NOT NULL) THEN \"ACTOR\" END) FROM " + E
                + " WHERE \"OCCURRED_AT\" >= ? AND \"OCCURRED_AT\" < ? GROUP BY \"ACTOR_TEAM\"",
    };
    private static final String REACH = SIDES
            + "SELECT t, o, COUNT(*) FROM r WHERE o IS NOT NULL AND o <> t GROUP BY t, o HAVING COUNT(*) >= 2";

    private PlainMatrixSql() {
    }

    /** Runs every statement of one period and reads every row. */
    static void period(Connection c, long fromMillis, long toMillis, long reachFromMillis) throws SQLException {
        for (String sql : STATEMENTS) {
            run(c, sql, fromMillis, toMillis);
        }
        run(c, REACH, reachFromMillis, toMillis);
    }

    private static void run(Connection c, String sql, long from, long to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int params = sql.startsWith("WITH") ? 4 : 2;
            for (int i = 0; i < params; i += 2) {
                s.setLong(i + 1, from);
                s.setLong(i + 2, to);
            }
            MatrixBenchmark.drain(s);
        }
    }
}
