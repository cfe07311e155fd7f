package com.atlassian.confluence.pages;

/**
 * Compile-only re-declaration (class, as in Confluence) of an attachment; only counted.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.pages.Attachment}
 * ({@code public class Attachment}), the element type of {@code ContentEntityObject#getAttachments()}.
 */
public class Attachment {
}
