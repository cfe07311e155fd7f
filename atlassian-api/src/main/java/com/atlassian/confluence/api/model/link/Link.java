package com.atlassian.confluence.api.model.link;

/**
 * Compile-only re-declaration (class, as in Confluence) of a link of an API model object.
 *
 * <p>Checked against: the decompiled confluence-java-api 8.7.2
 * {@code com.atlassian.confluence.api.model.link.Link} ({@code public class Link}; {@code String getPath()}).
 */
public class Link {

    public String getPath() {
        throw new UnsupportedOperationException("compile-only");
    }
}
