package com.atlassian.confluence.api.service.finder;

import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;

/**
 * Compile-only re-declaration (interface, as in Confluence) of a finder that fetches pages.
 *
 * <p>Checked against: the decompiled confluence-java-api 8.7.2
 * {@code com.atlassian.confluence.api.service.finder.ManyFetcher} ({@code public interface ManyFetcher<T>},
 * {@code PageResponse<T> fetchMany(PageRequest)}) and javadoc atlassian-confluence 5.9.1
 * {@code SpaceService.SpaceFinder} (inherits {@code fetchMany} from {@code ManyFetcher<Space>}).
 * The decompiled 8.7.2 {@code PaginationServiceImpl} caps a page at the service's limit (500 spaces)
 * and answers a page that starts at offset S by reading and permission-checking the S spaces before it.
 */
public interface ManyFetcher<T> {

    PageResponse<T> fetchMany(PageRequest request);
}
