package org.valuematrix.plugin.confluence;

import com.atlassian.audit.api.AuditService;
import com.atlassian.confluence.api.service.content.SpaceService;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.like.LikeManager;
import com.atlassian.confluence.pages.CommentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.security.denormalisedpermissions.BulkPermissionService;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.plugin.common.DeferredContentHistory;
import org.valuematrix.plugin.common.HostServices;
import org.valuematrix.plugin.common.ProductHost;
import org.valuematrix.spi.Account;
import org.valuematrix.spi.ContentExcerpts;
import org.valuematrix.spi.ContentHistory;
import org.valuematrix.spi.Containers;
import org.valuematrix.spaces.HostCreatedSpaces;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.GroupSearch;
import org.valuematrix.spi.HostAuditLog;
import org.valuematrix.spi.SpaceAdministration;

/** The Confluence adapters, built from Confluence's own components; created only in Confluence. */
public class ConfluenceHost implements ProductHost {
    public static final String PRODUCT = "confluence";
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceHost.class);

    private final HostServices services;
    private final UserAccessor accessor;
    private final Directory directory;
    private final Containers containers;
    private final GroupSearch groupSearch;
    private final Clock clock;
    private SpaceAdministration spaceAdministration;
    private ContentExcerpts contentExcerpts;
    private ConfluenceUserSearch userSearch;

    public ConfluenceHost(HostServices services, UserManager users, Clock clock) {
        UserAccessor accessor = services.get(UserAccessor.class);
        this.services = services;
        this.accessor = accessor;
        this.directory = new ConfluenceDirectory(users, accessor);
        this.containers = new ConfluenceContainers(services.get(SpaceManager.class), services.get(SpaceService.class),
                services.get(BulkPermissionService.class), accessor, services.get(SpacePermissionManager.class));
        this.groupSearch = new ConfluenceGroupSearch(accessor);
        this.clock = clock;
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
    public Object captureListener(ActivityCapture capture) {
        return new ConfluenceActivityCapture(capture, clock);
    }

    /**
     * Through Confluence's user directories, built on first use; none when Crowd's service is not
     * published (people are then found by exact user name only).
     */
    @Override
    public List<Account> findUsers(String query, int limit) {
        ConfluenceUserSearch search;
        synchronized (this) {
            if (userSearch == null) {
                try {
                    userSearch = new ConfluenceUserSearch(accessor, services.get(CrowdService.class));
                } catch (IllegalStateException | LinkageError e) {
                    LOG.warn("Confluence's user directories cannot be searched by name: people are found by exact user name", e);
                    return List.of();
                }
            }
            search = userSearch;
        }
        return search.find(query, limit);
    }

    /** Over Confluence's space, page and like managers, in SAL's transactions; built on first use. */
    @Override
    public ContentHistory contentHistory() {
        return new DeferredContentHistory(() -> new ConfluenceContentHistory(services.get(SpaceManager.class),
                services.get(PageManager.class), services.get(LikeManager.class), accessor,
                services.get(TransactionTemplate.class), clock));
    }

    /**
     * Over Confluence's comment and permission managers, built once; none when either is not
     * published, so the stream still shows its entries without words.
     */
    @Override
    public synchronized ContentExcerpts contentExcerpts() {
        if (contentExcerpts == null) {
            try {
                contentExcerpts = new ConfluenceContentExcerpts(services.get(CommentManager.class),
                        services.get(PermissionManager.class), accessor);
            } catch (IllegalStateException | LinkageError e) {
                LOG.warn("Confluence's comments cannot be read: the stream shows no comment excerpts", e);
                contentExcerpts = ContentExcerpts.NONE;
            }
        }
        return contentExcerpts;
    }

    /** Over Confluence's space, permission and page managers; built on first use, in Confluence only. */
    @Override
    public synchronized SpaceAdministration spaceAdministration() {
        if (spaceAdministration == null) {
            spaceAdministration = new ConfluenceSpaceAdministration(services.get(SpaceManager.class),
                    services.get(SpacePermissionManager.class), services.get(PageManager.class),
                    services.get(ContentPermissionManager.class), accessor, directory);
        }
        return spaceAdministration;
    }

    /** Confluence's audit log; none when the audit service is not published (it is from 7.5 on). */
    @Override
    public HostAuditLog hostAuditLog() {
        try {
            return new ConfluenceHostAuditLog(services.get(AuditService.class));
        } catch (IllegalStateException | LinkageError e) {
            LOG.warn("Confluence's audit log is not available: customer-facing space changes are kept in Value Matrix only", e);
            return HostAuditLog.NONE;
        }
    }

    /**
     * Null when the create-content plugin's events cannot be loaded (its package is imported
     * optionally), so the rest of Value Matrix still starts.
     */
    @Override
    public Object spaceBlueprintListener(HostCreatedSpaces spaces) {
        try {
            ConfluenceSpaceBlueprintListener.class.getMethods();
        } catch (LinkageError e) {
            LOG.warn("Confluence's space blueprint events are not available: space blueprints stay as Confluence made them", e);
            return null;
        }
        return new ConfluenceSpaceBlueprintListener(spaces);
    }
}
