package org.valuematrix.testing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.valuematrix.spi.ProjectAdministration;
import org.valuematrix.spi.ProjectAdministrationException;
import org.valuematrix.spi.ProjectGrant;

/**
 * Project permissions in memory, as the port's contract describes them: exact grants per project,
 * a project that may share its permissions with others, and a grant or revoke that fails on its
 * n-th call. A browse grant lets the group view the project in {@link InMemoryContainers}.
 */
public final class InMemoryProjectAdministration implements ProjectAdministration {
    private final InMemoryContainers containers;
    private final Map<String, Set<ProjectGrant>> grants = new HashMap<>();
    private final Set<String> shared = new HashSet<>();
    private final Map<String, Integer> failures = new HashMap<>();
    private final Map<String, AtomicInteger> calls = new HashMap<>();
    private final AtomicInteger changes = new AtomicInteger();

    public InMemoryProjectAdministration(InMemoryContainers containers) {
        this.containers = containers;
    }

    /** A project whose groups browse and comment, as a host's project usually is. */
    public synchronized InMemoryProjectAdministration project(String key, String... groups) {
        Set<ProjectGrant> g = grants.computeIfAbsent(key, k -> new LinkedHashSet<>());
        for (String group : groups) {
            g.add(new ProjectGrant(group, ProjectGrant.BROWSE_PROJECTS));
            g.add(new ProjectGrant(group, ProjectGrant.ADD_COMMENTS));
        }
        return this;
    }

    /** Marks the project's permissions as shared with other projects (a shared Jira scheme). */
    public synchronized InMemoryProjectAdministration shared(String key) {
        shared.add(key);
        return this;
    }

    /** The n-th call of grant or revoke from now fails, changing nothing. */
    public synchronized InMemoryProjectAdministration failOn(String method, int nth) {
        calls.put(method, new AtomicInteger());
        failures.put(method, nth);
        return this;
    }

    /** @return how many grants and revocations changed something, ever */
    public int changes() {
        return changes.get();
    }

    @Override
    public synchronized boolean projectExists(String projectKey) {
        return grants.containsKey(projectKey);
    }

    @Override
    public synchronized Set<ProjectGrant> grants(String projectKey) {
        return Set.copyOf(grants.getOrDefault(projectKey, Set.of()));
    }

    @Override
    public synchronized boolean ownPermissions(String projectKey) {
        return grants.containsKey(projectKey) && !shared.contains(projectKey);
    }

    @Override
    public synchronized void grant(String projectKey, ProjectGrant grant) {
        fail("grant");
        if (!ownPermissions(projectKey)) {
            throw new ProjectAdministrationException("shared permissions");
        }
        if (grants.get(projectKey).add(grant)) {
            changes.incrementAndGet();
        }
        if (ProjectGrant.BROWSE_PROJECTS.equals(grant.permission())) {
            containers.allow(projectKey, grant.group());
        }
    }

    @Override
    public synchronized void revoke(String projectKey, ProjectGrant grant) {
        fail("revoke");
        if (grants.getOrDefault(projectKey, new HashSet<>()).remove(grant)) {
            changes.incrementAndGet();
        }
        if (ProjectGrant.BROWSE_PROJECTS.equals(grant.permission())) {
            containers.disallow(projectKey, grant.group());
        }
    }

    private void fail(String method) {
        AtomicInteger n = calls.get(method);
        if (n != null && n.incrementAndGet() == failures.get(method)) {
            throw new ProjectAdministrationException(method + " failed on purpose");
        }
    }
}
