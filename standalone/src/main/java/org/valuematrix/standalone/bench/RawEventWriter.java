package org.valuematrix.standalone.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The hand-written insert: one PreparedStatement, addBatch per row, executeBatch and commit
 * per batch, on one connection held for the whole run.
 */
final class RawEventWriter implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement insert;

    RawEventWriter(BenchDatabase db, String table) throws SQLException {
        this.connection = db.connect();
        connection.setAutoCommit(false);
        StringBuilder sql = new StringBuilder("INSERT INTO " + BenchDatabase.quoted(table) + " (");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < RowClassifier.COLUMNS.length; i++) {
            sql.append(i == 0 ? "" : ", ").append('"').append(RowClassifier.COLUMNS[i]).append('"');
            values.append(i == 0 ? "?" : ", ?");
        }
        this.insert = connection.prepareStatement(sql.append(") VALUES (").append(values).append(')').toString());
    }

    void write(List<Object[]> rows) throws SQLException {
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (row[i] == null) {
                    insert.setNull(i + 1, Types.VARCHAR);
                } else if (row[i] instanceof Long) {
                    insert.setLong(i + 1, (Long) row[i]);
                } else {
                    insert.setString(i + 1, (String) row[i]);
                }
            }
            insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        connection.close();
    }
}
