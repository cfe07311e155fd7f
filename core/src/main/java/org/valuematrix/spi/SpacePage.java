package org.valuematrix.spi;

import java.util.Objects;
import java.util.Set;

/** A page of a space as {@link SpaceAdministration} reports it for the pre-opening check. */
public final class SpacePage {
    private final long id;
    private final String title;
    private final String body;
    private final int attachments;
    private final Set<String> viewGroups;

    /**
     * @param id the host's page id
     * @param title its title
     * @param body its current body in storage format (XHTML)
     * @param attachments how many attachments it has
     * @param viewGroups the groups of the page's own view restriction (not inherited ones); empty
     *     when the page has none
     */
    public SpacePage(long id, String title, String body, int attachments, Set<String> viewGroups) {
        this.id = id;
        this.title = Objects.requireNonNull(title, "title");
        this.body = body == null ? "" : body;
        this.attachments = attachments;
        this.viewGroups = Set.copyOf(viewGroups);
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public int attachments() {
        return attachments;
    }

    public Set<String> viewGroups() {
        return viewGroups;
    }
}
