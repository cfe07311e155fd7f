package org.valuematrix.standalone.spi;

import net.java.ao.EntityManager;
import org.valuematrix.ao.EntityManagerAccess;
import org.valuematrix.ao.EntityManagers;
import org.valuematrix.standalone.db.Database;

/**
 * Active Objects for the standalone host: core's {@link EntityManagerAccess} over an
 * {@link EntityManager} it opens itself (with the hosts' table naming) and closes on shutdown.
 */
public class StandaloneEntityAccess extends EntityManagerAccess implements AutoCloseable {

    public StandaloneEntityAccess(Database database) {
        super(EntityManagers.create(database.url(), database.user(), database.password(), database.schema()));
    }

    /** Closes the connection pool; with H2 this also closes the database file. */
    @Override
    public void close() {
        entityManager().getProvider().dispose();
    }
}
