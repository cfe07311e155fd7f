package com.atlassian.confluence.spaces;

import java.util.Collection;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the space manager; one member.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.spaces.SpaceManager}
 * ({@code @NonNull Collection<String> getAllSpaceKeys(SpaceStatus)}, not deprecated; its
 * {@code DefaultSpaceManager} answers with one query for the keys only,
 * {@code SpaceDao.findSpaceKeysWithStatus}) and ConfluenceServer javadoc 9.1.2 class-use of
 * {@code SpaceStatus} ({@code SpaceManager.getAllSpaceKeys(SpaceStatus)} "Get the space keys of all
 * spaces with the given status", not deprecated). {@code getAllSpaces()}, {@code getAllSpaces(SpacesQuery)},
 * {@code getSpaces(SpacesQuery)} and {@code getSpace(String)} are deprecated (javadoc 7.13 to 8.3:
 * "since 7.3.0, use SpaceService.find(Expansion...) in plugins"; {@code @Deprecated} in 8.7.2) and are
 * deliberately absent.
 */
public interface SpaceManager {

    Collection<String> getAllSpaceKeys(SpaceStatus status);
}
