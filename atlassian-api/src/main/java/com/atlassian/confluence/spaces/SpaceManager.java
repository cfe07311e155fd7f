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
 * deliberately absent, but for {@code getSpace(String)}: customer-facing spaces need the space entity that
 * {@code SpacePermission} and {@code PageManager} take, which nothing non-deprecated returns by key in 8.5
 * (see {@code DeprecatedHostApiTest}; it remains in the ConfluenceServer javadoc 9.3). Also checked in
 * 8.7.2, not deprecated: {@code @NonNull Space createPrivateSpace(String key, String name, @Nullable String
 * description, User creator)}, {@code @NonNull Boolean removeSpace(String key)},
 * {@code @Nullable String getSpaceFromPageId(long)} (the key of a page's space),
 * {@code int getNumberOfBlogPosts(Space)}.
 */
public interface SpaceManager {

    Space createPrivateSpace(String key, String name, String description, com.atlassian.user.User creator);

    Boolean removeSpace(String key);

    /** Deprecated in the host ("since 7.3.0, use SpaceService.find(Expansion...) in plugins"). */
    @Deprecated
    Space getSpace(String key);

    String getSpaceFromPageId(long pageId);

    Collection<String> getAllSpaceKeys(SpaceStatus status);

    int getNumberOfBlogPosts(Space space);
}
