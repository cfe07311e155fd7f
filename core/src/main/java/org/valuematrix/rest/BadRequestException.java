package org.valuematrix.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** Invalid input: answered 400 with each offending parameter and what is wrong with it. */
public class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> errors;

    public BadRequestException(Map<String, String> errors) {
        super(errors.toString());
        this.errors = Map.copyOf(new LinkedHashMap<>(errors));
    }

    public static BadRequestException of(String parameter, String problem) {
        return new BadRequestException(Map.of(parameter, problem));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
