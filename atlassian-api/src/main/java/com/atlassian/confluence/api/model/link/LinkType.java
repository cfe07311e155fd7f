package com.atlassian.confluence.api.model.link;

/**
 * Compile-only re-declaration (final class, as in Confluence) of a link type. The value is a
 * placeholder: the field is not a compile-time constant, so the plugin reads the host's
 * {@code WEB_UI} at run time.
 *
 * <p>Checked against: the decompiled confluence-java-api 8.7.2
 * {@code com.atlassian.confluence.api.model.link.LinkType} ({@code public final class LinkType extends BaseApiEnum};
 * {@code public static final LinkType WEB_UI = new LinkType("webui")}).
 */
public final class LinkType {
    public static final LinkType WEB_UI = null;

    private LinkType() {
        throw new UnsupportedOperationException("compile-only");
    }
}
