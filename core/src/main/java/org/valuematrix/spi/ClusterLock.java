package org.valuematrix.spi;

import java.util.function.Supplier;

/**
 * A lock shared by every node of a Data Center cluster (hosts: Beehive's
 * {@code ClusterLockService}; standalone: a single-node lock). Used so scheduled and
 * maintenance work runs once per cluster.
 */
public interface ClusterLock {

    /**
     * Runs the work while holding the named cluster-wide lock, if it can be taken now.
     *
     * @param name a lock name, prefixed by the plugin key
     * @param work what to do under the lock
     * @return true when the work ran; false when another node holds the lock
     */
    boolean tryRun(String name, Runnable work);

    /** Runs the work under the named lock, waiting for it; returns what the work returns. */
    <T> T runExclusively(String name, Supplier<T> work);
}
