package org.valuematrix.rest;

import java.util.Locale;

/**
 * State changes take JSON only: the hosts skip their XSRF check for JSON bodies, and a form
 * post from another site can never be JSON. JSON between systems is UTF-8 (RFC 8259), so the
 * only charset accepted is UTF-8, named or not.
 */
public final class MediaTypes {
    private MediaTypes() {
    }

    /** @throws UnsupportedMediaTypeException unless the type is application/json in UTF-8 */
    public static void requireJson(String contentType) {
        String[] parts = contentType == null ? new String[] {""} : contentType.split(";");
        if (!"application/json".equals(parts[0].trim().toLowerCase(Locale.ROOT))) {
            throw new UnsupportedMediaTypeException("must be application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            String name = (eq < 0 ? parts[i] : parts[i].substring(0, eq)).trim();
            if ("charset".equalsIgnoreCase(name)) {
                String value = eq < 0 ? "" : parts[i].substring(eq + 1).trim().replace("\"", "");
                if (!"utf-8".equalsIgnoreCase(value)) {
                    throw new UnsupportedMediaTypeException("must be application/json in UTF-8 (charset=utf-8 or none)");
                }
            }
        }
    }
}
