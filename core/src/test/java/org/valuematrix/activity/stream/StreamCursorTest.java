package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The opaque stream cursor: what the server issues decodes back; anything else is refused. */
class StreamCursorTest {

    @Property(tries = 200)
    void encode_shouldDecodeToTheSameCursor(@ForAll long occurredAt, @ForAll @LongRange(min = 0) long id) {
        StreamCursor target = new StreamCursor(occurredAt, id);

        String text = target.encode();

        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(StreamCursor.decode(text)).contains(target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "not a cursor", "%%%", "MToxOjE=="})
    void decode_garbage_shouldBeRefused(String text) {
        assertThat(StreamCursor.decode(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2:1:1", "1:abc:1", "1:1:x", "1:1:-1", "1:1", "1:1:1:1", ":1:1", "1::", "1:99999999999999999999:1"})
    void decode_wellEncodedButNotACursorWeIssued_shouldBeRefused(String raw) {
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));

        assertThat(StreamCursor.decode(text)).isEmpty();
    }
}
