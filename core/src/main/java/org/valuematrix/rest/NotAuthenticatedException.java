package org.valuematrix.rest;

/** The caller is anonymous where a user is required. */
public class NotAuthenticatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean fromScript;

    public NotAuthenticatedException(String message) {
        this(message, false);
    }

    /** @param fromScript whether a page's script asked (see {@link Caller#fromScript}) */
    public NotAuthenticatedException(String message, boolean fromScript) {
        super(message);
        this.fromScript = fromScript;
    }

    public boolean fromScript() {
        return fromScript;
    }
}
