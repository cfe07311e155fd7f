package com.atlassian.confluence.plugins.createcontent.impl;

/**
 * Compile-only re-declaration (class, as in the host) of a space blueprint as its create event
 * carries it. {@code getModuleCompleteKey()} is declared in the host on its superclass
 * {@code PluginBackedBlueprint}; the JVM resolves it there.
 *
 * <p>Checked against: the decompiled confluence-create-content-plugin 18.7.17
 * {@code impl.SpaceBlueprint} ({@code public class SpaceBlueprint extends PluginBackedBlueprint},
 * {@code String getCategory()}) and {@code impl.PluginBackedBlueprint}
 * ({@code String getModuleCompleteKey()}: {@code plugin-key:module-key}).
 */
public class SpaceBlueprint {

    public String getModuleCompleteKey() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getCategory() {
        throw new UnsupportedOperationException("compile-only");
    }
}
