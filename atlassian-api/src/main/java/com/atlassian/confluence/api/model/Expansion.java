package com.atlassian.confluence.api.model;

/**
 * Compile-only re-declaration (class, as in Confluence) of an expansion; the plugin passes none.
 *
 * <p>Checked against: the decompiled confluence-java-api 8.7.2
 * {@code com.atlassian.confluence.api.model.Expansion} ({@code @ExperimentalApi public class Expansion}),
 * the parameter type of {@code SpaceService.find(Expansion...)}.
 */
public class Expansion {

    private Expansion() {
        throw new UnsupportedOperationException("compile-only");
    }
}
