package com.atlassian.confluence.spaces;

import java.util.List;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the space manager.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 6.6.13 and 7.13.19
 * ({@code DefaultSpaceManager}) {@code SpaceManager}: {@code List<Space> getAllSpaces()} ("all spaces
 * of any type, sorted alphabetically by name") and {@code Space getSpace(String spaceKey)}.
 * ({@code getAllSpaces(SpacesQuery)} is deprecated since 7.3 and is deliberately not used.)
 */
public interface SpaceManager {

    List<Space> getAllSpaces();

    Space getSpace(String spaceKey);
}
