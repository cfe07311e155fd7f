package org.valuematrix.activity.stream;

import java.util.Set;

/**
 * Containers whose activity belongs to another's stream: a Jira project linked to a customer-facing
 * space shows in the space's stream. The stream still trims by what the viewer may view.
 */
public interface LinkedContainers {
    /** Nothing is linked. */
    LinkedContainers NONE = keys -> Set.of();

    /** @return the keys of the containers linked to any of these (none of them, usually) */
    Set<String> linkedTo(Set<String> containerKeys);
}
