package org.valuematrix.activity.ingest;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells database failures that another attempt can cure (two writers met: a deadlock, a
 * serialisation failure, a lock wait that timed out, a unique key another transaction stored
 * first) from those it cannot (a value too long, a missing table). Reads the SQL state of
 * every {@link SQLException} in the cause chain, as H2, PostgreSQL, MySQL, Oracle and SQL
 * Server report them.
 */
final class TransientFailures {
    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException) {
                SQLException e = (SQLException) t;
                if (isTransient(e.getSQLState(), e.getErrorCode())) {
                    return true;
                }
                for (e = e.getNextException(); e != null && seen.add(e); e = e.getNextException()) {
                    if (isTransient(e.getSQLState(), e.getErrorCode())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isTransient(String state, int vendorCode) {
        if (state == null) {
            return false;
        }
        // Class 40: transaction rollback (serialisation failure, deadlock) on every database.
        if (state.startsWith("40")) {
            return true;
        }
        switch (state) {
            case "23505": // unique violation: H2, PostgreSQL
            case "HYT00": // H2: lock wait timed out
            case "90131": // H2: concurrent update of a row
            case "55P03": // PostgreSQL: lock not available
                return true;
            case "23000": // MySQL 1062, Oracle 1, SQL Server 2627/2601: duplicate key
                return vendorCode == 1062 || vendorCode == 1 || vendorCode == 2627 || vendorCode == 2601;
            case "HY000": // MySQL 1205: lock wait timeout
                return vendorCode == 1205;
            case "61000": // Oracle 60: deadlock
                return vendorCode == 60;
            case "72000": // Oracle 8177: cannot serialise access
                return vendorCode == 8177;
            default:
                return false;
        }
    }
}
