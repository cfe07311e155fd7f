package org.valuematrix.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every problem of a request before answering, so a client fixes them all at once. */
public final class Problems {
    private final Map<String, String> errors = new LinkedHashMap<>();

    public void add(String parameter, String problem) {
        errors.putIfAbsent(parameter, problem);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
    }
}
