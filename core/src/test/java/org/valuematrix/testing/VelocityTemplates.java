package org.valuematrix.testing;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.valuematrix.spi.TemplateEscaping;
import org.valuematrix.spi.TemplateRenderer;

/**
 * Renders core's templates with a real Velocity 1.7 engine, from the classpath, escaping as the
 * products' template renderer does ({@link TemplateEscaping}: everything but plain
 * {@code $…Html} references), with strict references so a template naming a value its model
 * lacks fails the test instead of printing "$item.x" to users. Contexts must hold only String,
 * Number, Boolean, Map, List and null, the Confluence 9 / Jira 10 allowlist. Core's templates
 * never turn escaping off, so {@code #disable_html_escaping()} is not known here (the
 * standalone host's renderer knows it).
 */
public final class VelocityTemplates implements TemplateRenderer {
    private final VelocityEngine engine;

    public VelocityTemplates() {
        Properties p = new Properties();
        p.setProperty("resource.loader", "classpath");
        p.setProperty("classpath.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        p.setProperty("runtime.references.strict", "true");
        p.setProperty("input.encoding", "UTF-8");
        p.setProperty("output.encoding", "UTF-8");
        engine = new VelocityEngine(p);
        engine.init();
    }

    @Override
    public String render(String template, Map<String, Object> context) {
        context.forEach((k, v) -> requireAllowed(k, v));
        Template t = engine.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter();
        VelocityContext ctx = new VelocityContext(new java.util.HashMap<>(context));
        EventCartridge escaping = new EventCartridge();
        escaping.addEventHandler((ReferenceInsertionEventHandler) (reference, value) ->
                value == null || TemplateEscaping.printsRaw(reference) ? value : TemplateEscaping.escape(value.toString()));
        ctx.attachEventCartridge(escaping);
        t.merge(ctx, out);
        return out.toString();
    }

    /** @throws IllegalArgumentException naming the first value outside the allowlist */
    public static void requireAllowed(String path, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return;
        }
        if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((k, v) -> {
                if (!(k instanceof String)) {
                    throw new IllegalArgumentException(path + " has a key that is not a String: " + k);
                }
                requireAllowed(path + "." + k, v);
            });
            return;
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                requireAllowed(path + "[" + i + "]", list.get(i));
            }
            return;
        }
        throw new IllegalArgumentException(path + " is a " + value.getClass().getName()
                + ": outside the Velocity allowlist (String, Number, Boolean, Map, List)");
    }
}
