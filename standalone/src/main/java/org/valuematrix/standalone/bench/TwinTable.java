package org.valuematrix.standalone.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates an empty twin of the event table (same columns, keys, constraints and indexes,
 * copied from the database's own definition of it) for the raw JDBC ingest baseline, so both
 * ingest paths write into an empty table of the same shape: in a separate H2 file of the same
 * settings (see BenchDatabase), or next to the event table in PostgreSQL.
 */
final class TwinTable {
    private TwinTable() {
    }

    static void create(BenchDatabase main, BenchDatabase twinDb, String source, String twin) throws SQLException {
        if (main.kind.equals("postgres")) {
            main.execute("CREATE TABLE " + BenchDatabase.quoted(twin) + " (LIKE " + BenchDatabase.quoted(source)
                    + " INCLUDING ALL)");
        } else {
            for (String ddl : h2Definition(main, source)) {
                twinDb.execute(ddl.replace(BenchDatabase.quoted(source), BenchDatabase.quoted(twin))
                        .replaceAll("(CONSTRAINT|INDEX) \"PUBLIC\"\\.\"(\\w+)\"", "$1 \"PUBLIC\".\"TWIN_$2\"")
                        .replaceAll(" RESTART WITH \\d+", ""));
            }
        }
        if (!main.shape(source).equals(twinDb.shape(twin))) {
            throw new IllegalStateException("the twin table differs from " + source + ": " + main.shape(source)
                    + " vs " + twinDb.shape(twin));
        }
    }

    /** Removes the twin: its H2 file, or the table. */
    static void discard(BenchDatabase main, BenchDatabase twinDb, String twin) throws Exception {
        if (twinDb != main) {
            twinDb.delete();
        } else {
            main.execute("DROP TABLE " + BenchDatabase.quoted(twin));
        }
    }

    private static List<String> h2Definition(BenchDatabase db, String table) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (Statement s = db.keeper().createStatement();
                ResultSet rs = s.executeQuery("SCRIPT NODATA NOSETTINGS TABLE " + BenchDatabase.quoted(table))) {
            while (rs.next()) {
                String line = rs.getString(1);
                if ((line.startsWith("CREATE") || line.startsWith("ALTER")) && line.contains(BenchDatabase.quoted(table))) {
                    ddl.add(line);
                }
            }
        }
        return ddl;
    }
}
