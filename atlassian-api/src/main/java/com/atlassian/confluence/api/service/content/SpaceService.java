package com.atlassian.confluence.api.service.content;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.content.Space;
import com.atlassian.confluence.api.service.finder.ManyFetcher;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the space service, with its nested
 * finder interface; only the members the plugin calls. ({@code SpaceFinder} also extends
 * {@code SingleSpaceFetcher} in Confluence; the plugin calls nothing of it, and the JVM finds
 * {@code fetchMany} in the host's {@code ManyFetcher} superinterface.)
 *
 * <p>Checked against: the decompiled confluence-java-api 8.7.2
 * {@code com.atlassian.confluence.api.service.content.SpaceService} ({@code @ExperimentalApi public interface};
 * {@code SpaceFinder find(Expansion...)}; {@code public static interface SpaceFinder extends
 * SingleSpaceFetcher, ManyFetcher<Space>} with {@code SpaceFinder withKeys(String...)}); javadoc
 * atlassian-confluence 5.9.1 and 6.5.2 {@code SpaceService.SpaceFinder} (same members); ConfluenceServer
 * javadoc 7.13 to 8.3 {@code SpaceManager#getAllSpaces} ("use SpaceService.find(Expansion...) in
 * plugins"); ConfluenceServer javadoc 9.2.21 and 9.4.0 {@code RemoteSpaceService.RemoteSpaceFinder}, the
 * remote twin of this finder (still {@code withKeys}, {@code withStatus}, ...). How it performs
 * (decompiled 8.7.2 {@code SpaceServiceImpl}): it answers as the signed-in user
 * ({@code AuthenticatedUserThreadLocal}), filters each space read with
 * {@code PermissionManager.hasPermission(user, VIEW, space)}, returns at most 500 spaces a page
 * (no expansions), and without a status restriction returns current and archived spaces sorted by
 * name, then key.
 */
public interface SpaceService {

    SpaceFinder find(Expansion... expansions);

    interface SpaceFinder extends ManyFetcher<Space> {

        SpaceFinder withKeys(String... spaceKeys);
    }
}
