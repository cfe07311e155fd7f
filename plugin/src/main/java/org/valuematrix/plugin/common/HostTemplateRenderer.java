package org.valuematrix.plugin.common;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.valuematrix.spi.TemplateRenderer;

/**
 * Core's {@link TemplateRenderer} over the host's Velocity renderer, which finds core's templates
 * on this bundle's class path (core is inlined in the bundle).
 */
public class HostTemplateRenderer implements TemplateRenderer {
    private final com.atlassian.templaterenderer.TemplateRenderer host;

    public HostTemplateRenderer(com.atlassian.templaterenderer.TemplateRenderer host) {
        this.host = host;
    }

    @Override
    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            // The host adds its own helpers to the context it is given: hand it a copy.
            host.render(template, new HashMap<>(context), out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + template, e);
        }
        return out.toString();
    }
}
