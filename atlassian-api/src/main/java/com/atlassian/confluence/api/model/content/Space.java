package com.atlassian.confluence.api.model.content;

import com.atlassian.confluence.api.model.link.Link;
import com.atlassian.confluence.api.model.link.LinkType;
import java.util.Map;

/**
 * Compile-only re-declaration (class, as in Confluence) of the API model of a space, the type
 * {@code SpaceService} returns (not {@code com.atlassian.confluence.spaces.Space}).
 *
 * <p>Checked against: the decompiled confluence-java-api 8.7.2
 * {@code com.atlassian.confluence.api.model.content.Space} ({@code @ExperimentalApi public class Space};
 * {@code String getKey()}, {@code String getName()}, {@code Map<LinkType, Link> getLinks()}) and the
 * decompiled Confluence 8.7.2 {@code SpaceFactory}, which sets the {@code LinkType.WEB_UI} link to the
 * space's {@code getUrlPath()} ({@code /display/KEY}, or the personal space path).
 */
public class Space {

    public String getKey() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only");
    }

    public Map<LinkType, Link> getLinks() {
        throw new UnsupportedOperationException("compile-only");
    }
}
