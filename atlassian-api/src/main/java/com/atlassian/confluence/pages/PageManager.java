package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.SaveContext;
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
 */
public interface PageManager {

    List<Page> getPages(Space space, boolean currentOnly);

    void saveContentEntity(ContentEntityObject content, SaveContext context);

    <T extends ContentEntityObject> void saveNewVersion(T content, Modification<T> modification, SaveContext context);
}
