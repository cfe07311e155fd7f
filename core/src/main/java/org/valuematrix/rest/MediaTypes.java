package org.valuematrix.rest;

/**
 * State changes take JSON only: the hosts skip their XSRF check for JSON bodies, and a form
 * post from another site can never be JSON.
 */
public final class MediaTypes {
    private MediaTypes() {
    }

    /** @throws BadRequestException naming Content-Type unless it is application/json */
    public static void requireJson(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!"application/json".equals(type)) {
            throw BadRequestException.of("Content-Type", "must be application/json");
        }
    }
}
