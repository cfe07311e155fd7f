package com.atlassian.beehive;

/**
 * Compile-only re-declaration (interface, as in beehive-api) of the cluster-wide lock service.
 *
 * <p>Checked against: docs.atlassian.com beehive 0.0.6 apidocs
 * {@code com.atlassian.beehive.ClusterLockService} ({@code ClusterLock getLockForName(String)}) and
 * atlassian-confluence 5.5.3 {@code BeehiveClusterLockService} (Confluence implements it).
 */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
