package com.atlassian.webresource.api.assembler;

/**
 * Compile-only re-declaration (interface) of the assembler behind {@link PageBuilderService}.
 * Checked against the same sources as {@link PageBuilderService}.
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
