package org.valuematrix.rest;

/** A request body in a type or charset the endpoint does not read: answered 415, naming Content-Type. */
public class UnsupportedMediaTypeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedMediaTypeException(String problem) {
        super(problem);
    }
}
