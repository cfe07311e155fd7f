package org.valuematrix.standalone.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates an empty twin of the event table (same columns, keys, constraints and indexes,
 * copied from the database's own definition of it) for the raw JDBC ingest baseline, so both
 * ingest paths write into an empty table of the same shape. Dropped after the comparison.
 */
final class TwinTable {
    private TwinTable() {
    }

    static void create(BenchDatabase db, String source, String twin) throws SQLException {
        if (db.kind.equals("postgres")) {
            db.execute("CREATE TABLE " + BenchDatabase.quoted(twin) + " (LIKE " + BenchDatabase.quoted(source)
                    + " INCLUDING ALL)");
        } else {
            for (String ddl : h2Definition(db, source)) {
                db.execute(ddl.replace(BenchDatabase.quoted(source), BenchDatabase.quoted(twin))
                        .replaceAll("(CONSTRAINT|INDEX) \"PUBLIC\"\\.\"(\\w+)\"", "$1 \"PUBLIC\".\"TWIN_$2\"")
                        .replaceAll(" RESTART WITH \\d+", ""));
            }
        }
        if (!db.shape(source).equals(db.shape(twin))) {
            throw new IllegalStateException("the twin table differs from " + source + ": " + db.shape(source)
                    + " vs " + db.shape(twin));
        }
    }

    static void drop(BenchDatabase db, String twin) throws SQLException {
        db.execute("DROP TABLE " + BenchDatabase.quoted(twin));
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
