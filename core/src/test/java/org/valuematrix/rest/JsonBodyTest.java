package org.valuematrix.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuematrix.testing.EndlessBody;
import org.valuematrix.testing.Requests;

/** Bodies are read with the endpoint's ceiling, never whole, and only as JSON in UTF-8. */
class JsonBodyTest {
    private final JsonBody target = new JsonBody(1_000);

    @Test
    void read_withinTheLimit_shouldParse() {
        String json = "{\"name\":\"" + "x".repeat(980) + "\"}";

        assertThat(target.read("application/json", stream(json)).get("name").asText()).hasSize(980);
    }

    @Test
    void read_endlessBody_shouldStopOneByteAfterTheLimit() {
        EndlessBody body = new EndlessBody();

        assertThatThrownBy(() -> target.read("application/json", body)).isInstanceOf(PayloadTooLargeException.class)
                .satisfies(e -> assertThat(((PayloadTooLargeException) e).limit()).isEqualTo(1_000));
        assertThat(body.served()).isEqualTo(1_001);
    }

    @Test
    void read_exactlyTheLimit_shouldBeAccepted() {
        String json = "[\"" + "y".repeat(996) + "\"]";

        assertThat(json).hasSize(1_000);
        assertThat(target.read("application/json", stream(json)).get(0).asText()).hasSize(996);
    }

    @Test
    void readObject_unknownField_shouldNameIt() {
        assertThatThrownBy(() -> target.readObject("application/json", stream("{\"since\":null,\"sinse\":1}"),
                Set.of("since"))).isInstanceOf(BadRequestException.class).hasMessageContaining("sinse");
        assertThatThrownBy(() -> target.readObject("application/json", stream("[1]"), Set.of("since")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("body");
        assertThat(target.readObject("application/json", stream("{\"since\":\"2026-01-01\"}"), Set.of("since"))
                .get("since").asText()).isEqualTo("2026-01-01");
    }

    @Test
    void refuseDeclaredOverLimit_shouldRefuseBeforeAnyByteIsRead() {
        assertThatThrownBy(() -> target.refuseDeclaredOverLimit(Requests.declaring(null, 1_001)))
                .isInstanceOf(PayloadTooLargeException.class);
        target.refuseDeclaredOverLimit(Requests.declaring(null, 1_000));
        target.refuseDeclaredOverLimit(Requests.declaring(null, -1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=nonexistent", "application/json;charset=ISO-8859-1",
        "application/json; charset=", "text/plain", "application/x-www-form-urlencoded", ""})
    void read_otherTypeOrCharset_shouldBeUnsupported(String type) {
        EndlessBody body = new EndlessBody();

        assertThatThrownBy(() -> target.read(type, body)).isInstanceOf(UnsupportedMediaTypeException.class);
        assertThat(body.served()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "Application/JSON;charset=\"utf-8\""})
    void read_jsonInUtf8_shouldBeAccepted(String type) {
        assertThat(target.read(type, stream("[\"Ü\"]")).get(0).asText()).isEqualTo("Ü");
    }

    @Test
    void read_invalidUtf8OrEmpty_shouldNameTheBody() {
        byte[] latin1 = "[\"Ü\"]".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> target.read("application/json", new ByteArrayInputStream(latin1)))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((BadRequestException) e).errors()).containsKey("body"));
        assertThatThrownBy(() -> target.read("application/json", stream("  ")))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void read_brokenConnection_shouldNameTheBody() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> target.read("application/json", broken)).isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((BadRequestException) e).errors()).containsKey("body"));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
