package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Compile-only re-declaration (interface, as in beehive-api) of a named cluster lock. Value Matrix
 * uses only the {@link Lock} methods ({@code tryLock}, {@code lock}, {@code unlock}).
 *
 * <p>Checked against: docs.atlassian.com beehive 0.0.8 apidocs {@code com.atlassian.beehive.ClusterLock}
 * ({@code public interface ClusterLock extends Lock}).
 */
public interface ClusterLock extends Lock {
}
