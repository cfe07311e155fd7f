package org.valuematrix.standalone.spi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.ContentExcerpts;
import org.valuematrix.spi.Containers;
import org.valuematrix.standalone.content.Comment;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentStore;

/**
 * Comments' words from the host's content store, for a viewer who may view the container the
 * comment lives in, and only when that is the container the event names.
 */
public class StandaloneContentExcerpts implements ContentExcerpts {
    private final ContentStore store;
    private final Containers containers;

    public StandaloneContentExcerpts(ContentStore store, Containers containers) {
        this.store = store;
        this.containers = containers;
    }

    @Override
    public Map<Ref, String> excerpts(String viewer, Collection<Ref> refs) {
        Map<Ref, String> out = new LinkedHashMap<>();
        if (refs.isEmpty()) {
            return out;
        }
        Set<String> visible = containers.visibleTo(viewer);
        for (Ref ref : refs) {
            if (!"comment".equals(ref.type()) || !visible.contains(ref.containerKey())) {
                continue;
            }
            Optional<Comment> comment = store.commentByObjectId(ref.id());
            Optional<Content> on = comment.flatMap(c -> store.byId(c.contentId()));
            if (on.isPresent() && on.get().containerKey().equals(ref.containerKey())) {
                out.put(ref, comment.get().body());
            }
        }
        return out;
    }
}
