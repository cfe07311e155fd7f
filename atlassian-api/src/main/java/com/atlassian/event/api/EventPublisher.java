package com.atlassian.event.api;

/**
 * Compile-only re-declaration (interface, as in atlassian-event) of the host's event bus.
 *
 * <p>Checked against: docs.atlassian.com atlassian-event 2.1.1
 * {@code com.atlassian.event.api.EventPublisher} ({@code publish(Object)}) and ConfluenceServer
 * javadoc 8.0.0-m90 {@code NoOpEventPublisher} (the interface now extends
 * {@code EventListenerRegistrar}).
 */
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
