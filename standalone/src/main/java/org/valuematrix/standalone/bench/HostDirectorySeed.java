package org.valuematrix.standalone.bench;

import java.util.ArrayList;
import java.util.List;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.standalone.db.HostEntities;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.DirectoryStore;
import org.valuematrix.standalone.directory.PasswordHasher;
import org.valuematrix.standalone.directory.User;

/**
 * Writes the generated organisation into the standalone host's embedded directory (users with
 * their groups, spaces and projects with their view groups), so the host started on the
 * benchmark database serves the benchmark's viewers, and does not load its demo organisation
 * (it only does on an empty directory). Only the viewers can log in.
 */
final class HostDirectorySeed {
    static final String VIEWER_PASSWORD = "bench";

    private HostDirectorySeed() {
    }

    static void write(EntityAccess ao, BenchOrganisation org) {
        ao.migrate(HostEntities.asArray());
        DirectoryStore store = new DirectoryStore(ao);
        if (!store.isEmpty()) {
            return;
        }
        String viewerHash = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash(VIEWER_PASSWORD);
        List<User> users = new ArrayList<>();
        for (String person : org.people) {
            users.add(new User(person, person, "Person " + person.substring(5), PasswordHasher.UNUSABLE,
                    List.copyOf(org.groupsOf.get(person))));
        }
        for (String viewer : org.viewers) {
            users.add(new User(viewer, viewer, "Viewer " + viewer.substring(7), viewerHash,
                    List.copyOf(org.groupsOf.get(viewer))));
        }
        List<DirectoryContainer> containers = new ArrayList<>();
        for (BenchOrganisation.BenchContainer c : org.containers) {
            String url = c.product.equals("jira") ? "/browse/" + c.key : "/display/" + c.key;
            containers.add(new DirectoryContainer(new Container(c.key, c.name, c.product, url), "",
                    List.copyOf(c.viewGroups)));
        }
        store.add(users, containers);
    }
}
