package org.valuematrix.standalone.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.velocity.TemplateAllowlistException;

/** Velocity as strict as the Confluence 9 allowlist: only String, Number, Boolean, Map, List and null. */
class StandaloneTemplateRendererTest {
    private final StandaloneTemplateRenderer target = new StandaloneTemplateRenderer();

    @Test
    void render_withAllowedTypes_shouldRenderCoreTemplates() {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("title", "Bad");
        ctx.put("problems", List.of("scope: unknown"));

        String html = target.render("templates/activity/macro-error.vm", ctx);

        assertThat(html).contains("<strong>Bad</strong>").contains("<li>scope: unknown</li>");
    }

    @Test
    void render_withAnyOtherType_shouldRefuse() {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("title", "ok");
        ctx.put("problems", List.of(new StringBuilder("not allowed")));

        assertThatThrownBy(() -> target.render("templates/activity/macro-error.vm", ctx))
                .isInstanceOf(TemplateAllowlistException.class).hasMessageContaining("problems[0]");
    }

    @Test
    void render_withNestedDisallowedValueOrKey_shouldRefuse() {
        Map<Object, Object> badKey = new HashMap<>();
        badKey.put(1, "one");
        Map<String, Object> nested = new HashMap<>();
        nested.put("when", java.time.Instant.EPOCH);

        assertThatThrownBy(() -> target.render("templates/activity/macro-error.vm", Map.of("m", badKey)))
                .isInstanceOf(TemplateAllowlistException.class);
        assertThatThrownBy(() -> target.render("templates/activity/macro-error.vm", Map.of("m", List.of(nested))))
                .hasMessageContaining("m[0].when");
    }

    @Test
    void render_shouldAcceptNullValues() {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("title", null);
        ctx.put("problems", new ArrayList<>());

        assertThat(target.render("templates/activity/macro-error.vm", ctx)).contains("vm-macro-error");
    }
}
