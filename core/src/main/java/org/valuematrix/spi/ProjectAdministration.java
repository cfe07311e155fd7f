package org.valuematrix.spi;

import java.util.Set;

/**
 * The host's project permissions, as linking a project to a customer-facing space needs them: does
 * the project exist, which group holds which project permission, and give or take exactly one.
 * Jira implements it over the project's permission scheme; the standalone host over its own
 * project grants. A host whose projects live elsewhere (Confluence) answers with
 * {@link #UNAVAILABLE}.
 *
 * <p>Contract:
 * <ul>
 * <li>Every method acts as the system: core has already decided that the caller may do it, and
 * the caller an administrator where a permission changes.</li>
 * <li>{@link #grants} lists the grants made to groups by name; grants through roles, users or
 * everyone signed in are not listed (core never adds or removes those).</li>
 * <li>{@link #grant} adds exactly one grant and nothing implied by it; {@link #revoke} removes
 * exactly one. Both act on this project only: when the host would have to change other projects
 * too (a Jira permission scheme several projects share), {@link #ownPermissions} answers false
 * and both throw without changing anything.</li>
 * <li>Failures throw {@link ProjectAdministrationException}; a method that throws has changed
 * nothing, so a caller can put back what it did before.</li>
 * </ul>
 */
public interface ProjectAdministration {

    /** A host without projects of its own: linking answers that the project must live in this host. */
    ProjectAdministration UNAVAILABLE = new ProjectAdministration() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public boolean projectExists(String projectKey) {
            return false;
        }

        @Override
        public Set<ProjectGrant> grants(String projectKey) {
            return Set.of();
        }

        @Override
        public boolean ownPermissions(String projectKey) {
            return false;
        }

        @Override
        public void grant(String projectKey, ProjectGrant grant) {
            throw new ProjectAdministrationException("this host has no projects");
        }

        @Override
        public void revoke(String projectKey, ProjectGrant grant) {
            throw new ProjectAdministrationException("this host has no projects");
        }
    };

    /** @return false when the host has no projects of its own (then every other answer is empty) */
    default boolean available() {
        return true;
    }

    /** @return true when a project has this key */
    boolean projectExists(String projectKey);

    /** @return every project permission groups hold on the project by name; empty for an unknown project */
    Set<ProjectGrant> grants(String projectKey);

    /**
     * @return true when {@link #grant} and {@link #revoke} on this project change no other project
     *     (Jira: its permission scheme is used by this project alone)
     */
    boolean ownPermissions(String projectKey);

    /** Adds exactly this grant to the project; granting one that exists changes nothing. */
    void grant(String projectKey, ProjectGrant grant);

    /** Removes exactly this grant; revoking one that does not exist changes nothing. */
    void revoke(String projectKey, ProjectGrant grant);
}
