package org.valuematrix.plugin.common;

import com.atlassian.event.api.EventPublisher;

/**
 * Registers a listener with the host's event publisher once the context is built and removes it
 * when the plugin stops ({@code init-method} and {@code destroy-method} in the Spring context).
 */
public class ListenerRegistration {
    private final EventPublisher publisher;
    private final Object listener;

    public ListenerRegistration(EventPublisher publisher, Object listener) {
        this.publisher = publisher;
        this.listener = listener;
    }

    /** A product without such a listener hands over null: there is nothing to register. */
    public void register() {
        if (listener != null) {
            publisher.register(listener);
        }
    }

    public void unregister() {
        if (listener != null) {
            publisher.unregister(listener);
        }
    }
}
