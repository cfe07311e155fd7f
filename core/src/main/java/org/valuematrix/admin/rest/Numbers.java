package org.valuematrix.admin.rest;

import org.valuematrix.rest.BadRequestException;

/** Query parameters that must be whole numbers in a range, refused by name otherwise. */
final class Numbers {
    private Numbers() {
    }

    static int parameter(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw BadRequestException.of(name, "must be a whole number from " + min + " to " + max);
    }
}
