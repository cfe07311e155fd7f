package org.valuematrix.standalone.spi;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.valuematrix.spi.TemplateEscaping;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.standalone.velocity.AllowedTypes;
import org.valuematrix.standalone.velocity.AllowlistUberspect;
import org.valuematrix.standalone.velocity.EscapingDirectives;
import org.valuematrix.standalone.velocity.HtmlEscapingHandler;
import org.valuematrix.standalone.velocity.Slf4jLogChute;

/**
 * Velocity 1.7 over the classpath, as strict as the products: every context value must be
 * String, Number, Boolean, Map, List or null, templates may call methods on those types only
 * (Confluence 9's allowlist), and every printed reference is HTML-escaped unless it is a plain
 * {@code $…Html} (the products' template renderer, see {@link TemplateEscaping}).
 */
public class StandaloneTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine;

    public StandaloneTemplateRenderer() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        p.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        p.setProperty("classpath.resource.loader.cache", "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.VM_LIBRARY, "");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, Slf4jLogChute.class.getName());
        p.setProperty("userdirective", EscapingDirectives.CLASSES);
        this.engine = new VelocityEngine();
        try {
            engine.init(p);
        } catch (Exception e) {
            throw new IllegalStateException("Velocity did not start", e);
        }
    }

    @Override
    public String render(String template, Map<String, Object> context) {
        VelocityContext ctx = new VelocityContext();
        for (Map.Entry<String, Object> e : context.entrySet()) {
            AllowedTypes.check(e.getKey(), e.getValue());
            ctx.put(e.getKey(), e.getValue());
        }
        EventCartridge escaping = new EventCartridge();
        escaping.addEventHandler(new HtmlEscapingHandler());
        ctx.attachEventCartridge(escaping);
        StringWriter out = new StringWriter();
        try {
            Template t = engine.getTemplate(template, "UTF-8");
            t.merge(ctx, out);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not render " + template, e);
        }
        return out.toString();
    }
}
