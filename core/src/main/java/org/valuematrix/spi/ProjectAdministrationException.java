package org.valuematrix.spi;

/** The host refused or failed a {@link ProjectAdministration} call; nothing of that call happened. */
public class ProjectAdministrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProjectAdministrationException(String message) {
        super(message);
    }

    public ProjectAdministrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
