package org.valuematrix.ao;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

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
        return EntityManagerBuilder.url(url).username(user).password(password).schema(schema).auto()
                .tableNameConverter(new AtlassianTableNameConverter(name -> TABLE_PREFIX + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .build();
    }

    /** @return the schema name a URL's database uses by default */
    public static String defaultSchema(String url) {
        return url.startsWith("jdbc:postgresql:") ? "public" : "PUBLIC";
    }
}
