package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/**
 * Compile-only re-declaration (interface, as in Confluence) of an XHTML macro, with its nested
 * enums.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc (macro API as used by public
 * Confluence macros in the code index: {@code execute(Map<String,String>, String, ConversionContext)
 * throws MacroExecutionException}, {@code getBodyType()}, {@code getOutputType()}); enum constants
 * as listed in the project's host notes ({@code BodyType {NONE, PLAIN_TEXT, RICH_TEXT}},
 * {@code OutputType {BLOCK, INLINE}}).
 */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum BodyType {
        NONE, PLAIN_TEXT, RICH_TEXT
    }

    enum OutputType {
        BLOCK, INLINE
    }
}
