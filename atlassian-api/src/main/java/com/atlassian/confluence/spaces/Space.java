package com.atlassian.confluence.spaces;

/**
 * Compile-only re-declaration (class, as in Confluence) of a space entity, as content events carry it.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.spaces.Space}
 * ({@code public class Space}; {@code String getKey()}), the type {@code SpaceContentEntityObject#getSpace()}
 * returns there.
 */
public class Space {

    public String getKey() {
        throw new UnsupportedOperationException("compile-only");
    }
}
