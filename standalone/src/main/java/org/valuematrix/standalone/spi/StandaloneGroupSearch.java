package org.valuematrix.standalone.spi;

import java.util.ArrayList;
import java.util.List;
import org.valuematrix.spi.GroupSearch;
import org.valuematrix.standalone.directory.DirectorySnapshot;
import org.valuematrix.standalone.directory.EmbeddedDirectory;

/** The embedded directory's groups: every group that has a member or guards a container. */
public class StandaloneGroupSearch implements GroupSearch {
    private final EmbeddedDirectory directory;

    public StandaloneGroupSearch(EmbeddedDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Match> search(String query, int limit) {
        DirectorySnapshot snapshot = directory.snapshot();
        List<Match> out = new ArrayList<>();
        for (String name : GroupSearch.firstMatches(snapshot.groups(), query, limit)) {
            out.add(new Match(name, snapshot.membersOf(name).size()));
        }
        return out;
    }
}
