package org.valuematrix.standalone.directory;

import java.util.List;
import java.util.Objects;
import org.valuematrix.spi.Container;

/** A space or project of the embedded directory, with the groups whose members may view it. */
public final class DirectoryContainer {
    private final Container container;
    private final String description;
    private final List<String> viewGroups;
    private final List<String> viewUsers;

    public DirectoryContainer(Container container, String description, List<String> viewGroups) {
        this(container, description, viewGroups, List.of());
    }

    /** @param viewUsers user keys that may view it besides the groups' members (a space's moderators) */
    public DirectoryContainer(Container container, String description, List<String> viewGroups,
            List<String> viewUsers) {
        this.container = Objects.requireNonNull(container, "container");
        this.description = description == null ? "" : description;
        this.viewGroups = List.copyOf(viewGroups);
        this.viewUsers = List.copyOf(viewUsers);
    }

    public List<String> viewUsers() {
        return viewUsers;
    }

    public Container container() {
        return container;
    }

    public String key() {
        return container.key();
    }

    public String description() {
        return description;
    }

    public List<String> viewGroups() {
        return viewGroups;
    }

    public boolean isSpace() {
        return Products.CONFLUENCE.equals(container.product());
    }
}
