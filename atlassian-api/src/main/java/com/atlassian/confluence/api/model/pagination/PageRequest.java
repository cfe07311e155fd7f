package com.atlassian.confluence.api.model.pagination;

/**
 * Compile-only re-declaration (interface, as in Confluence) of a page request.
 *
 * <p>Checked against: the decompiled confluence-java-api 8.7.2
 * {@code com.atlassian.confluence.api.model.pagination.PageRequest} ({@code @ExperimentalApi public interface};
 * {@code int getStart()}, {@code int getLimit()}).
 */
public interface PageRequest {

    int getStart();

    int getLimit();
}
