package org.valuematrix.spi;

/** The host refused or failed a {@link SpaceAdministration} call; nothing of that call happened. */
public class SpaceAdministrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpaceAdministrationException(String message) {
        super(message);
    }

    public SpaceAdministrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
