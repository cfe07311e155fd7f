package org.valuematrix.plugin.jira;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.sal.api.user.UserManager;
import java.time.Clock;
import java.util.List;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.plugin.common.HostServices;
import org.valuematrix.plugin.common.ProductHost;
import org.valuematrix.spi.Account;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;

/** The Jira adapters, built from Jira's own components; created only in Jira. */
public class JiraHost implements ProductHost {
    public static final String PRODUCT = "jira";

    private final Directory directory;
    private final Containers containers;
    private final Clock clock;
    private final JiraUserSearch userSearch;

    public JiraHost(HostServices services, UserManager users, Clock clock) {
        com.atlassian.jira.user.util.UserManager jiraUsers = services.get(com.atlassian.jira.user.util.UserManager.class);
        this.directory = new JiraDirectory(users, jiraUsers, services.get(GroupManager.class));
        this.containers = new JiraContainers(services.get(ProjectManager.class), services.get(PermissionManager.class),
                jiraUsers);
        this.clock = clock;
        this.userSearch = new JiraUserSearch(services.get(UserSearchService.class));
    }

    @Override
    public String product() {
        return PRODUCT;
    }

    @Override
    public Directory directory() {
        return directory;
    }

    @Override
    public Containers containers() {
        return containers;
    }

    @Override
    public List<Account> findUsers(String query, int limit) {
        return userSearch.find(query, limit);
    }

    @Override
    public Object captureListener(ActivityCapture capture) {
        return new JiraActivityCapture(capture, clock);
    }
}
