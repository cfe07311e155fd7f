package org.valuematrix.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.RestResults.body;
import static org.valuematrix.testing.RestResults.json;

import java.util.Map;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** Every failure becomes a JSON answer in Atlassian's error shape, never a stack trace. */
class ResponsesTest {

    @Test
    void guard_unexpectedFailure_shouldAnswer500WithoutDetails() {
        Response r = Responses.guard(() -> {
            throw new IllegalStateException("secret table AO_519DD0_EVENT is on fire");
        });

        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(body(r)).doesNotContain("secret", "AO_519DD0", "Exception", "at org.");
        assertThat(json(r).get("errorMessages")).hasSize(1);
    }

    @Test
    void guard_badRequest_shouldListEveryParameter() {
        Response r = Responses.guard(() -> {
            throw new BadRequestException(Map.of("limit", "too big", "scope", "unknown"));
        });

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json(r).get("errors").get("limit").asText()).isEqualTo("too big");
        assertThat(json(r).get("errors").get("scope").asText()).isEqualTo("unknown");
        assertThat(json(r).get("errorMessages")).isEmpty();
    }

    @Test
    void guard_notFoundAndForbidden_shouldKeepTheirStatus() {
        assertThat(Responses.guard(() -> {
            throw new NotFoundException("none");
        }).getStatus()).isEqualTo(404);
        assertThat(Responses.guard(() -> {
            throw new ForbiddenException("no");
        }).getStatus()).isEqualTo(403);
    }

    @Test
    void json_shouldEscapeCharactersThatCouldEndAScriptBlock() {
        String out = Json.write(Map.of("t", "</script><!-- & 'x' \"y\""));

        assertThat(out).doesNotContain("<", ">", "&", "'").containsIgnoringCase("\\u003c/script\\u003e");
        assertThat(Json.parse(out, "body").get("t").asText()).isEqualTo("</script><!-- & 'x' \"y\"");
    }
}
