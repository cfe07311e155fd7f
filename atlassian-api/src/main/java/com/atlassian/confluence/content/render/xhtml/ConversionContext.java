package com.atlassian.confluence.content.render.xhtml;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the macro rendering context. No
 * member is used.
 *
 * <p>Checked against: the {@code Macro#execute} parameter type
 * {@code com.atlassian.confluence.content.render.xhtml.ConversionContext} in public Confluence
 * macros of the code index.
 */
public interface ConversionContext {
}
