package org.valuematrix.spi;

import java.util.Map;

/**
 * Renders a Velocity template shipped in {@code core} (classpath path such as
 * {@code templates/activity/stream.vm}). Contexts carry only String, Number, Boolean, Map
 * and List values, which Confluence 9 and Jira 10's Velocity allowlist accept without
 * configuration; implementations may reject anything else.
 */
public interface TemplateRenderer {

    /**
     * @param template classpath location of the template
     * @param context values for the template; never null
     * @return the rendered text, every printed reference HTML-escaped except plain
     *     {@code $…Html} ones, as {@link TemplateEscaping} describes
     */
    String render(String template, Map<String, Object> context);
}
