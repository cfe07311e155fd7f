package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.api.service.content.SpaceService;
import com.atlassian.confluence.security.denormalisedpermissions.BulkPermissionService;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserManager;
import java.time.Clock;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.plugin.common.HostServices;
import org.valuematrix.plugin.common.ProductHost;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.GroupSearch;

/** The Confluence adapters, built from Confluence's own components; created only in Confluence. */
public class ConfluenceHost implements ProductHost {
    public static final String PRODUCT = "confluence";

    private final Directory directory;
    private final Containers containers;
    private final GroupSearch groupSearch;
    private final Clock clock;

    public ConfluenceHost(HostServices services, UserManager users, Clock clock) {
        UserAccessor accessor = services.get(UserAccessor.class);
        this.directory = new ConfluenceDirectory(users, accessor);
        this.containers = new ConfluenceContainers(services.get(SpaceManager.class), services.get(SpaceService.class),
                services.get(BulkPermissionService.class), accessor);
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
}
