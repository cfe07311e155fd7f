package org.valuematrix.activity.stream;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page starts: the (time, id) of the last item served. Pages are ordered by
 * time then id, both descending, and the next page holds items strictly after the cursor in
 * that order, so events arriving meanwhile never duplicate or shift an item. Opaque to
 * clients (base64url).
 */
public final class StreamCursor {
    private static final String VERSION = "1";

    private final long occurredAt;
    private final long id;

    public StreamCursor(long occurredAt, long id) {
        this.occurredAt = occurredAt;
        this.id = id;
    }

    public long occurredAt() {
        return occurredAt;
    }

    public long id() {
        return id;
    }

    public String encode() {
        String raw = VERSION + ":" + occurredAt + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the cursor, or empty when the text is not one this server issued */
    public static Optional<StreamCursor> decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            String[] parts = raw.split(":", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            long id = Long.parseLong(parts[2]);
            return id < 0 ? Optional.empty() : Optional.of(new StreamCursor(Long.parseLong(parts[1]), id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamCursor && ((StreamCursor) o).occurredAt == occurredAt && ((StreamCursor) o).id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(occurredAt) * 31 + Long.hashCode(id);
    }
}
