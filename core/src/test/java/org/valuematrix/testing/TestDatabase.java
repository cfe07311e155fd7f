package org.valuematrix.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.valuematrix.Entities;
import org.valuematrix.ao.EntityManagerAccess;
import org.valuematrix.ao.EntityManagers;
import org.valuematrix.spi.EntityAccess;

/**
 * A real database with the plugin's Active Objects schema: H2 in memory, or a fresh database in
 * the JVM's embedded PostgreSQL. Tables are named as the hosts name them
 * ({@code AO_519DD0_EVENT}).
 */
public final class TestDatabase implements AutoCloseable {
    private final String kind;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final EntityManager em;
    private final EntityManagerAccess ao;

    private TestDatabase(String kind, String url, String user, String password, String schema) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.em = EntityManagers.create(url, user, password, schema);
        this.ao = new EntityManagerAccess(em);
        ao.migrate(Entities.asArray());
    }

    /** @return a new, empty H2 in-memory database (schema {@code PUBLIC}) */
    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:vm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return new TestDatabase("H2", url, "sa", "", "PUBLIC");
    }

    /** @return a new, empty database in the embedded PostgreSQL (schema {@code public}) */
    public static TestDatabase postgres() {
        return new TestDatabase("PostgreSQL", EmbeddedPostgresServer.newDatabase(), "postgres", "", "public");
    }

    /**
     * @return a second handle on the same database, with its own Active Objects and connection
     *     pool: what another node of a cluster has (close each handle on its own)
     */
    public TestDatabase sameDatabase() {
        return new TestDatabase(kind, url, user, password, schema);
    }

    public EntityAccess ao() {
        return ao;
    }

    public EntityManager entityManager() {
        return em;
    }

    public String kind() {
        return kind;
    }

    /** Deletes every row of every plugin table, so a test starts from an empty schema. */
    public void clear() {
        for (Class<? extends RawEntity<?>> entity : Entities.all()) {
            update("DELETE FROM " + quotedTable(entity));
        }
    }

    /** @return how many rows a plugin table holds */
    public int count(Class<? extends RawEntity<?>> entity) {
        return queryInt("SELECT COUNT(*) FROM " + quotedTable(entity));
    }

    public int queryInt(String sql, Object... params) {
        try (Connection c = em.getProvider().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public void update(String sql) {
        try (Connection c = em.getProvider().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * @return the table's indexes as {@code NAME(COLUMN,…)}, upper case, sorted, read from the
     *     JDBC metadata directly (not through Active Objects)
     */
    public List<String> indexes(Class<? extends RawEntity<?>> entity) {
        String table = em.getTableNameConverter().getName(entity);
        Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
        try (Connection c = em.getProvider().getConnection();
                ResultSet rs = c.getMetaData().getIndexInfo(null, em.getProvider().getSchema(), table, false, true)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME") != null) {
                    columns.computeIfAbsent(rs.getString("INDEX_NAME").toUpperCase(Locale.ROOT),
                            n -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                                    rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(table, e);
        }
        List<String> out = new ArrayList<>();
        columns.forEach((name, cols) -> out.add(name + "(" + String.join(",", cols.values()) + ")"));
        return out;
    }

    /** @return the entity's table name quoted for SQL on either database */
    public String quotedTable(Class<? extends RawEntity<?>> entity) {
        String schema = em.getProvider().getSchema();
        String table = "\"" + em.getTableNameConverter().getName(entity) + "\"";
        return schema == null ? table : "\"" + schema + "\"." + table;
    }

    @Override
    public void close() {
        em.getProvider().dispose();
    }

    @Override
    public String toString() {
        return kind;
    }
}
