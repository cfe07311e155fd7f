package com.atlassian.confluence.api.model.pagination;

import java.util.List;

/**
 * Compile-only re-declaration (interface, as in Confluence) of a page of results; only the members
 * the plugin calls (in Confluence it also extends {@code Iterable<T>}).
 *
 * <p>Checked against: the decompiled confluence-java-api 8.7.2
 * {@code com.atlassian.confluence.api.model.pagination.PageResponse}
 * ({@code @ExperimentalApi public interface PageResponse<T> extends Iterable<T>}; {@code List<T> getResults()},
 * {@code boolean hasMore()}).
 */
public interface PageResponse<T> {

    List<T> getResults();

    boolean hasMore();
}
