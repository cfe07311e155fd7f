package org.valuematrix.spi;

import java.util.Collection;
import java.util.Map;

/**
 * The words of what stream entries are about (a comment's text), read from the host when a page
 * of the stream is shown and never stored with the events: a comment edited or deleted in the
 * host reads as it is now, and erasing content erases its excerpt.
 */
public interface ContentExcerpts {

    /** What an entry is about: its object's type and id, and the container the event names. */
    final class Ref {
        private final String type;
        private final String id;
        private final String containerKey;

        public Ref(String type, String id, String containerKey) {
            this.type = type;
            this.id = id;
            this.containerKey = containerKey;
        }

        public String type() {
            return type;
        }

        public String id() {
            return id;
        }

        public String containerKey() {
            return containerKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ref && ((Ref) o).type.equals(type) && ((Ref) o).id.equals(id)
                    && ((Ref) o).containerKey.equals(containerKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(type, id, containerKey);
        }
    }

    /**
     * @param viewer the viewer's user key, or null for anonymous
     * @param refs the entries' objects, already permission-trimmed by container
     * @return plain text (not escaped, any length) for each ref the host has words for, and only
     *     when the object lives in the ref's container and the viewer may view it there: an event
     *     that names a container the viewer may see and an object of another must not show its words
     */
    Map<Ref, String> excerpts(String viewer, Collection<Ref> refs);

    /** A host that offers no excerpts. */
    ContentExcerpts NONE = (viewer, refs) -> Map.of();
}
