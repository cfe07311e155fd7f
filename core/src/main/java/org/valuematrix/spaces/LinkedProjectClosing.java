package org.valuematrix.spaces;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.valuematrix.spi.ProjectAdministration;
import org.valuematrix.spi.ProjectGrant;

/**
 * A space that returns to rehearsal, by a moderator or at its access expiry, closes its linked
 * projects to the customers too: each link's added grants are taken back and the link removed,
 * so no customer keeps a project after the space itself shut them out. Relinking after the space
 * opens again asks for the grants afresh, with the administrator's confirmation.
 */
final class LinkedProjectClosing {
    private final ProjectAdministration projects;
    private final ProjectLinkStore links;
    private final SpaceAudit audit;

    LinkedProjectClosing(ProjectAdministration projects, ProjectLinkStore links, SpaceAudit audit) {
        this.projects = projects;
        this.links = links;
        this.audit = audit;
    }

    /** @return one warning per linked project, for the preview of a return to rehearsal */
    List<Finding> preview(String spaceKey) {
        List<Finding> out = new ArrayList<>();
        for (ProjectLink l : links.of(spaceKey)) {
            out.add(Finding.link(Finding.Level.WARNING, "closedOnRehearsal", null, l.projectKey()));
        }
        return out;
    }

    /**
     * Closes every link of the space, inside the space's lock and transaction.
     *
     * @param undo receives how to give back each grant taken, should the transaction fail later
     */
    void close(String spaceKey, String user, SpaceStage from, String reason, Deque<Runnable> undo) {
        for (ProjectLink link : links.of(spaceKey)) {
            for (ProjectGrant g : link.addedGrants()) {
                projects.revoke(link.projectKey(), g);
                undo.push(() -> projects.grant(link.projectKey(), g));
            }
            links.remove(spaceKey, link.projectKey());
            audit.record(spaceKey, user, SpaceAudit.PROJECT_UNLINKED, from, SpaceStage.REHEARSAL, reason,
                    ProjectLinks.text(link.projectKey(), '-', link.addedGrants()));
        }
    }
}
