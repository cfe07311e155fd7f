package com.atlassian.confluence.api.model.pagination;

/**
 * Compile-only re-declaration (class, as in Confluence) of the host's own page request.
 *
 * <p>Checked against: the decompiled confluence-java-api 8.7.2
 * {@code com.atlassian.confluence.api.model.pagination.SimplePageRequest}
 * ({@code public class SimplePageRequest implements PageRequest}, constructor {@code (int start, int limit)}).
 */
public class SimplePageRequest implements PageRequest {

    public SimplePageRequest(int start, int limit) {
        throw new UnsupportedOperationException("compile-only");
    }

    @Override
    public int getStart() {
        throw new UnsupportedOperationException("compile-only");
    }

    @Override
    public int getLimit() {
        throw new UnsupportedOperationException("compile-only");
    }
}
