package org.valuematrix.standalone.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.junit.jupiter.api.Test;

/** Method calls in templates are allowed on String, Number, Boolean, Map and List only. */
class AllowlistUberspectTest {
    private final VelocityEngine engine = engine();

    @Test
    void calls_onAllowedTypes_shouldWork() {
        assertThat(render("$m.get('a') $l.size() $s.length() #foreach($x in $l)$x#end", Map.of("a", "A"), List.of(1, 2),
                "abc")).isEqualTo("A 2 3 12");
    }

    @Test
    void calls_onOtherTypes_shouldFail() {
        assertThatThrownBy(() -> render("$s.getClass().getName()", Map.of(), List.of(), "abc"))
                .isInstanceOf(TemplateAllowlistException.class).hasMessageContaining("java.lang.Class");
        assertThatThrownBy(() -> render("$m.get('t').toString()", Map.of("t", new Thread()), List.of(), ""))
                .isInstanceOf(TemplateAllowlistException.class);
    }

    private String render(String template, Map<String, Object> m, List<Object> l, String s) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("m", m);
        ctx.put("l", l);
        ctx.put("s", s);
        StringWriter out = new StringWriter();
        engine.evaluate(ctx, out, "test", template);
        return out.toString();
    }

    private static VelocityEngine engine() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, Slf4jLogChute.class.getName());
        VelocityEngine e = new VelocityEngine();
        e.init(p);
        return e;
    }
}
