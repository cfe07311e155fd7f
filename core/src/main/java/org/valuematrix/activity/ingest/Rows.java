package org.valuematrix.activity.ingest;

import net.java.ao.RawEntity;
import org.valuematrix.spi.EntityAccessException;

/** Active Objects entity writes with the failures {@link org.valuematrix.spi.EntityAccess} promises. */
final class Rows {
    private Rows() {
    }

    /**
     * Saves the entity's changed columns. Active Objects reports a refused update as whatever
     * its proxy throws (an undeclared SQLException in 3.x); callers expect an EntityAccessException.
     */
    static void save(RawEntity<?> entity) {
        try {
            entity.save();
        } catch (EntityAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EntityAccessException("could not update a row", e);
        }
    }
}
