package org.valuematrix.rest;

/**
 * A request body over the limit of its endpoint: answered 413. Hosts may throw it from a body
 * stream they cut themselves, so the answer is the same whoever counted the bytes.
 */
public class PayloadTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
        this.limit = limit;
    }

    /** @return the most bytes the endpoint accepts */
    public long limit() {
        return limit;
    }
}
