package org.valuematrix.plugin.common;

import java.util.List;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.spaces.HostCreatedSpaces;
import org.valuematrix.spi.Account;
import org.valuematrix.spi.ContentExcerpts;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.ContentHistory;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.GroupSearch;
import org.valuematrix.spi.HostAuditLog;
import org.valuematrix.spi.ProjectAdministration;
import org.valuematrix.spi.SpaceAdministration;

/** The product-specific adapters: users and groups, spaces or projects, and the event listener. */
public interface ProductHost {

    /** @return {@code confluence} or {@code jira}, as stored with every captured event */
    String product();

    Directory directory();

    Containers containers();

    /** @return the product's groups, for the administrators' group picker */
    GroupSearch groupSearch();

    /**
     * @param capture where host events go
     * @return an object with {@code @EventListener} methods, to register with the event publisher
     */
    Object captureListener(ActivityCapture capture);

    /**
     * @return active users whose user name or display name starts with {@code query}, at most
     *     {@code limit}, as {@link org.valuematrix.spi.UserSearch#search} promises; a product
     *     without a verified search API answers none (people are then found by exact user name)
     */
    default List<Account> findUsers(String query, int limit) {
        return List.of();
    }

    /** @return the words of the product's comments, read when the stream shows them */
    ContentExcerpts contentExcerpts();

    /**
     * @return the content already in the product, read back as the activity its live listener
     *     reports, for the history import
     */
    ContentHistory contentHistory();

    /** @return the product's space administration (Jira has no spaces: none exists and none can be made) */
    SpaceAdministration spaceAdministration();

    /**
     * @return the product's project permissions, which a customer-facing space's link to a project
     *     reads and changes; {@link ProjectAdministration#UNAVAILABLE} where the product has no projects
     *     (Confluence: a Jira project lives in another instance, reached only through an application link)
     */
    default ProjectAdministration projectAdministration() {
        return ProjectAdministration.UNAVAILABLE;
    }

    /** @return the product's own audit log for customer-facing spaces, or {@link HostAuditLog#NONE} */
    HostAuditLog hostAuditLog();

    /**
     * @param spaces core's entry point for spaces the product creates itself
     * @return an object with {@code @EventListener} methods that hands core the spaces made from
     *     this plugin's space blueprints, or null where the product has no space blueprints (Jira)
     */
    Object spaceBlueprintListener(HostCreatedSpaces spaces);
}
