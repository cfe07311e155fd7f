package org.valuematrix.plugin.jira;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpaceAdministrationException;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.spi.SpacePage;

/**
 * Jira has no spaces: none exists, none can be made, and no group or user is offered for one, so
 * a request to create a customer-facing space in Jira is refused field by field before anything
 * is attempted. (Customer-facing spaces live in Confluence; a Jira project links to one.)
 */
public class JiraSpaceAdministration implements SpaceAdministration {

    @Override
    public boolean spaceExists(String key) {
        return false;
    }

    @Override
    public long createPrivateSpace(String key, String name, String creatorKey) {
        throw none();
    }

    @Override
    public void removeSpace(String key) {
        // Nothing was ever created here.
    }

    @Override
    public void grant(String spaceKey, SpaceGrant grant) {
        throw none();
    }

    @Override
    public void revoke(String spaceKey, SpaceGrant grant) {
        throw none();
    }

    @Override
    public Set<SpaceGrant> grants(String spaceKey) {
        return Set.of();
    }

    @Override
    public long createPage(String spaceKey, long parentId, String title, String body) {
        throw none();
    }

    @Override
    public void updatePage(long pageId, String title, String body) {
        throw none();
    }

    @Override
    public void restrictView(long pageId, Set<String> groups) {
        throw none();
    }

    @Override
    public List<SpacePage> pages(String spaceKey) {
        return List.of();
    }

    @Override
    public boolean groupExists(String group) {
        return false;
    }

    @Override
    public Optional<String> userKey(String username) {
        return Optional.empty();
    }

    @Override
    public Set<String> members(String group) {
        return Set.of();
    }

    @Override
    public boolean profilesVisibleTo(String group) {
        return false;
    }

    private static SpaceAdministrationException none() {
        return new SpaceAdministrationException("Jira has no spaces");
    }
}
