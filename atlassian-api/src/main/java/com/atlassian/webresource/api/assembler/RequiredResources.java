package com.atlassian.webresource.api.assembler;

/**
 * Compile-only re-declaration (interface) of the resources a page requires. Checked against the
 * same sources as {@link PageBuilderService} (the method returns {@code RequiredResources}, so
 * calls chain).
 */
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);
}
