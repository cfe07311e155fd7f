package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only re-declaration (interface, as in atlassian-template-renderer) of the host's
 * Velocity renderer. The real method also declares {@code RenderingException} (unchecked); it is
 * not re-declared because Value Matrix never names it.
 *
 * <p>Checked against: docs.atlassian.com atlassian-template-renderer 1.5.2
 * {@code com.atlassian.templaterenderer.TemplateRenderer}
 * ({@code void render(String templateName, Map<String,Object> context, Writer writer)}).
 */
public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer) throws IOException;
}
