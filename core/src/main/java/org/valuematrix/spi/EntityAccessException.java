package org.valuematrix.spi;

/** A database failure under {@link EntityAccess}; the message never reaches a user. */
public class EntityAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EntityAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
