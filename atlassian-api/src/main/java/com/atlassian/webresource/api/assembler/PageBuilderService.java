package com.atlassian.webresource.api.assembler;

/**
 * Compile-only re-declaration (interface, as in the web-resource manager API) of the page's
 * resource assembler for the current request.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 7.19.14
 * {@code VelocityFriendlyPageBuilderService} (takes a
 * {@code com.atlassian.webresource.api.assembler.PageBuilderService}); the call chain
 * {@code assembler().resources().requireWebResource(String)} against public Confluence macros and
 * Jira actions in the code index that use exactly this chain.
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
