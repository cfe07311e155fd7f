package org.valuematrix.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.RestResults.body;
import static org.valuematrix.testing.RestResults.contentType;
import static org.valuematrix.testing.RestResults.header;
import static org.valuematrix.testing.RestResults.json;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST framework's own refusals answer in Atlassian's error shape, with their status and headers. */
class WebApplicationErrorsTest {
    private final WebApplicationErrors target = new WebApplicationErrors();

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 405, 406, 415, 500})
    void toResponse_shouldAnswerTheErrorShapeWithTheSameStatus(int status) {
        Response r = target.toResponse(new WebApplicationException(status));

        assertThat(r.getStatus()).isEqualTo(status);
        assertThat(contentType(r)).startsWith("application/json");
        assertThat(json(r).get("status").asInt()).isEqualTo(status);
        assertThat(json(r).get("errorMessages")).hasSize(1);
        assertThat(json(r).get("errors").isObject()).isTrue();
        assertThat(body(r)).doesNotContain("Exception");
    }

    @Test
    void toResponse_shouldKeepTheAllowHeader() {
        Response r = target.toResponse(new WebApplicationException(
                Response.status(405).header("Allow", "GET,OPTIONS").build()));

        assertThat(header(r, "Allow")).isEqualTo("GET,OPTIONS");
    }
}
