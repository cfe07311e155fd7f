package com.atlassian.confluence.core;

/**
 * Compile-only re-declaration (class, as in Confluence) of the standard save contexts; one constant.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.core.DefaultSaveContext}
 * ({@code public class DefaultSaveContext extends AbstractOperationContext<PageUpdateTrigger> implements
 * SaveContext}; {@code public static final SaveContext SUPPRESS_NOTIFICATIONS}, a built instance, so the
 * compiler reads the field rather than copying a value).
 */
public class DefaultSaveContext implements SaveContext {
    public static final SaveContext SUPPRESS_NOTIFICATIONS = null;

    private DefaultSaveContext() {
        throw new UnsupportedOperationException("compile-only");
    }
}
