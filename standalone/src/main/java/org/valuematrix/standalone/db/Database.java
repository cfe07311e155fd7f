package org.valuematrix.standalone.db;

import java.nio.file.Path;
import java.util.Objects;
import org.valuematrix.ao.EntityManagers;

/** Where the standalone host keeps its data: an H2 file database by default, or any JDBC URL given. */
public final class Database {
    private final String url;
    private final String user;
    private final String password;

    public Database(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user == null ? "" : user;
        this.password = password == null ? "" : password;
    }

    /**
     * An H2 file database in {@code dataDir}. DB_CLOSE_ON_EXIT=FALSE because the host closes it
     * itself, after the capture queue is flushed, from its own shutdown hook.
     */
    public static Database h2(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("value-matrix").toString();
        return new Database("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** @return the schema Active Objects must use for this URL */
    public String schema() {
        return EntityManagers.defaultSchema(url);
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** @return the URL without parameters that might carry secrets, for the console */
    public String describe() {
        int semi = url.indexOf(';');
        int query = url.indexOf('?');
        int cut = semi < 0 ? query : query < 0 ? semi : Math.min(semi, query);
        return cut < 0 ? url : url.substring(0, cut);
    }
}
