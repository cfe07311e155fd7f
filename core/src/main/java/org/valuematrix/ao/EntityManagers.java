package org.valuematrix.ao;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.ConnectionPool;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * Builds an {@link EntityManager} that names tables, columns and indexes exactly as the
 * hosts' Active Objects plugin does ({@code AO_<hash>_EVENT}, {@code OCCURRED_AT}), so SQL
 * written and measured here is the SQL Confluence and Jira run.
 */
public final class EntityManagers {
    /**
     * "AO_" plus the last six hex digits of the MD5 of the plugin key, upper case, which is how
     * we understand the hosts' AO plugin derives it (not verifiable without its sources here).
     */
    public static final String TABLE_PREFIX = "AO_519DD0_";

    private EntityManagers() {
    }

    /**
     * @param url a JDBC URL (H2 or PostgreSQL)
     * @param schema the schema to use ({@code PUBLIC} on H2, {@code public} on PostgreSQL)
     */
    public static EntityManager create(String url, String user, String password, String schema) {
        if (url.startsWith("jdbc:h2:")) {
            return new EntityManager(new H2Provider(dataSource(url, user, password), schema), new Configuration());
        }
        NameConverters names = names();
        return EntityManagerBuilder.url(url).username(user).password(password).schema(schema).auto()
                .tableNameConverter(names.getTableNameConverter())
                .fieldNameConverter(names.getFieldNameConverter())
                .indexNameConverter(names.getIndexNameConverter())
                .uniqueNameConverter(names.getUniqueNameConverter())
                .sequenceNameConverter(names.getSequenceNameConverter())
                .triggerNameConverter(names.getTriggerNameConverter())
                .build();
    }

    /** @return the schema name a URL's database uses by default */
    public static String defaultSchema(String url) {
        return url.startsWith("jdbc:postgresql:") ? "public" : "PUBLIC";
    }

    private static NameConverters names() {
        return new SimpleNameConverters(new AtlassianTableNameConverter(name -> TABLE_PREFIX + name),
                new AtlassianFieldNameConverter(), new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
    }

    /** The connection pool Active Objects' builder would pick ({@code auto()}). */
    private static DisposableDataSource dataSource(String url, String user, String password) {
        Class<? extends Driver> driver;
        try {
            driver = DriverManager.getDriver(url).getClass();
        } catch (SQLException e) {
            throw new IllegalStateException("No JDBC driver for " + url, e);
        }
        for (ConnectionPool pool : ConnectionPool.values()) {
            if (pool.isAvailable()) {
                return pool.getDataSource(driver, url, user, password);
            }
        }
        throw new IllegalStateException("Active Objects offers no connection pool");
    }

    /**
     * H2 as Active Objects' builder sets it up, except that it reads index declarations with
     * approximate statistics. Active Objects reads every table's indexes on each migration and
     * uses only their names and columns, but asked for exact statistics H2 counts every entry
     * of every index: minutes per migration on a table of ten million events, even when the
     * migration is for another entity.
     */
    private static final class H2Provider extends H2DatabaseProvider {
        H2Provider(DisposableDataSource dataSource, String schema) {
            super(dataSource, schema);
        }

        @Override
        public ResultSet getIndexes(Connection conn, String tableName) throws SQLException {
            return conn.getMetaData().getIndexInfo(null, getSchema(), tableName, false, true);
        }
    }

    /** What Active Objects' builder configures, with the hosts' names. */
    private static final class Configuration implements EntityManagerConfiguration {
        @Override
        @Deprecated
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return names();
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return new DefaultSchemaConfiguration();
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return new CachingEntityInfoResolverFactory();
        }
    }
}
