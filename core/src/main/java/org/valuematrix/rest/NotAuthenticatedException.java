package org.valuematrix.rest;

/** The caller is anonymous where a user is required. */
public class NotAuthenticatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
