package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.core.VersionHistorySummary;
import com.atlassian.confluence.spaces.Space;
import java.util.List;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the page manager. The two save
 * members are declared in the host on its superinterface {@code ContentEntityManager}; the JVM
 * resolves them there.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.pages.PageManager}
 * ({@code public interface PageManager extends ContentEntityManager, ...};
 * {@code @NonNull List<Page> getPages(@Nullable Space, boolean currentOnly)}, not deprecated, where
 * every look-up of one page by id ({@code getPage(long)}, {@code getAbstractPage(long)}) is) and
 * {@code com.atlassian.confluence.core.ContentEntityManager} ({@code void saveContentEntity(ContentEntityObject,
 * SaveContext)}, {@code <T extends ContentEntityObject> void saveNewVersion(T, Modification<T>, SaveContext)},
 * neither deprecated).
 *
 * <p>For the history import, also checked in 8.7.2, none deprecated: {@code @NonNull List<BlogPost>
 * getBlogPosts(Space, boolean currentOnly)} and {@code long getPageCount(@NonNull String spaceKey)} on
 * {@code PageManager}, and {@code @NonNull List<VersionHistorySummary> getVersionHistorySummaries(ContentEntityObject)}
 * on {@code ContentEntityManager} (where the look-ups of other versions, {@code getOtherVersion},
 * {@code getPreviousVersion}, {@code getById}, are deprecated). 9.x not re-read here.
 */
public interface PageManager {

    List<Page> getPages(Space space, boolean currentOnly);

    List<BlogPost> getBlogPosts(Space space, boolean currentOnly);

    long getPageCount(String spaceKey);

    /** @return versions of the content, newest first (whether the current one is among them is not relied on) */
    List<VersionHistorySummary> getVersionHistorySummaries(ContentEntityObject content);

    void saveContentEntity(ContentEntityObject content, SaveContext context);

    <T extends ContentEntityObject> void saveNewVersion(T content, Modification<T> modification, SaveContext context);
}
