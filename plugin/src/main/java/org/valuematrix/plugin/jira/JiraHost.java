package org.valuematrix.plugin.jira;

import com.atlassian.jira.bc.group.search.GroupPickerSearchService;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.sal.api.user.UserManager;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.plugin.common.DeferredContentHistory;
import org.valuematrix.plugin.common.HostServices;
import org.valuematrix.plugin.common.ProductHost;
import org.valuematrix.spaces.HostCreatedSpaces;
import org.valuematrix.spi.Account;
import org.valuematrix.spi.ContentExcerpts;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.ContentHistory;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.GroupSearch;
import org.valuematrix.spi.HostAuditLog;
import org.valuematrix.spi.SpaceAdministration;

/** The Jira adapters, built from Jira's own components; created only in Jira. */
public class JiraHost implements ProductHost {
    public static final String PRODUCT = "jira";
    private static final Logger LOG = LoggerFactory.getLogger(JiraHost.class);

    private final Directory directory;
    private final Containers containers;
    private final GroupSearch groupSearch;
    private final Clock clock;
    private final JiraUserSearch userSearch;
    private final HostServices services;
    private final com.atlassian.jira.user.util.UserManager jiraUsers;
    private ContentExcerpts contentExcerpts;

    public JiraHost(HostServices services, UserManager users, Clock clock) {
        com.atlassian.jira.user.util.UserManager jiraUsers = services.get(com.atlassian.jira.user.util.UserManager.class);
        GroupManager groups = services.get(GroupManager.class);
        this.directory = new JiraDirectory(users, jiraUsers, groups);
        this.groupSearch = new JiraGroupSearch(services.get(GroupPickerSearchService.class), groups);
        this.containers = new JiraContainers(services.get(ProjectManager.class), services.get(PermissionManager.class),
                jiraUsers, () -> services.get(com.atlassian.jira.permission.PermissionSchemeManager.class),
                () -> services.get(com.atlassian.jira.security.roles.ProjectRoleManager.class));
        this.clock = clock;
        this.userSearch = new JiraUserSearch(services.get(UserSearchService.class));
        this.services = services;
        this.jiraUsers = jiraUsers;
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
    public GroupSearch groupSearch() {
        return groupSearch;
    }

    @Override
    public List<Account> findUsers(String query, int limit) {
        return userSearch.find(query, limit);
    }

    @Override
    public Object captureListener(ActivityCapture capture) {
        return new JiraActivityCapture(capture, changeHistories(), clock);
    }

    /** Without Jira's change history the listener still captures, by event type and without statuses. */
    private ChangeHistoryManager changeHistories() {
        try {
            return services.get(ChangeHistoryManager.class);
        } catch (IllegalStateException | LinkageError e) {
            LOG.warn("Jira's change history cannot be read: issue changes are captured without their statuses", e);
            return null;
        }
    }

    /** Over Jira's project, issue, comment and change history managers; built on first use. */
    @Override
    public ContentHistory contentHistory() {
        return new DeferredContentHistory(() -> new JiraContentHistory(services.get(ProjectManager.class),
                services.get(IssueManager.class), services.get(CommentManager.class),
                services.get(ChangeHistoryManager.class)));
    }

    /**
     * Over Jira's comment and permission managers, built once; none when either is not published,
     * so the stream still shows its entries without words.
     */
    @Override
    public synchronized ContentExcerpts contentExcerpts() {
        if (contentExcerpts == null) {
            try {
                contentExcerpts = new JiraContentExcerpts(services.get(CommentManager.class),
                        services.get(PermissionManager.class), jiraUsers);
            } catch (IllegalStateException | LinkageError e) {
                LOG.warn("Jira's comments cannot be read: the stream shows no comment excerpts", e);
                contentExcerpts = ContentExcerpts.NONE;
            }
        }
        return contentExcerpts;
    }

    @Override
    public SpaceAdministration spaceAdministration() {
        return new JiraSpaceAdministration();
    }

    @Override
    public HostAuditLog hostAuditLog() {
        return HostAuditLog.NONE;
    }

    @Override
    public Object spaceBlueprintListener(HostCreatedSpaces spaces) {
        return null;
    }
}
