package com.atlassian.event.api;

/**
 * Compile-only re-declaration (interface, as in atlassian-event) of where listeners register.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 8.0.0-m90
 * {@code com.atlassian.confluence.event.NoOpEventPublisher}: {@code register(Object)} and
 * {@code unregister(Object)} are specified by {@code com.atlassian.event.api.EventListenerRegistrar}.
 */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
