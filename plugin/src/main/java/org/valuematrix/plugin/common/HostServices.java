package org.valuematrix.plugin.common;

/**
 * Host components looked up by type when the product is known, so that a Confluence type is
 * only ever named (and loaded) in Confluence and a Jira type only in Jira.
 */
public interface HostServices {

    /**
     * @param type the component's interface, as the host publishes it
     * @return the host's component
     * @throws IllegalStateException when the host publishes none
     */
    <T> T get(Class<T> type);
}
