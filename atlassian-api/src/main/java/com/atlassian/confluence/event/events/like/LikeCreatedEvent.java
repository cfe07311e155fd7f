package com.atlassian.confluence.event.events.like;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.user.User;

/**
 * Compile-only re-declaration (class, as in Confluence) of the event published when someone likes
 * a page, blog post or comment. Its superclass {@code AbstractLikeEvent} (where both getters are
 * declared) is not re-declared.
 *
 * <p>Checked against: docs.atlassian.com atlassian-confluence 5.4.2 {@code LikeCreatedEvent} and
 * 5.7.1 {@code AbstractLikeEvent} ({@code ContentEntityObject getContent()},
 * {@code com.atlassian.user.User getOriginatingUser()}). Not re-checked in 8.5/9.2 javadoc (the
 * docs index returned only 4.x–6.x pages): see the plugin report.
 */
public class LikeCreatedEvent {

    public ContentEntityObject getContent() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** @return the user who liked, or null for anonymous/system */
    public User getOriginatingUser() {
        throw new UnsupportedOperationException("compile-only");
    }
}
