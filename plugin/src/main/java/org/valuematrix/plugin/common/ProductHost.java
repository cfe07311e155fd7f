package org.valuematrix.plugin.common;

import java.util.List;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.spi.Account;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;

/** The product-specific adapters: users and groups, spaces or projects, and the event listener. */
public interface ProductHost {

    /** @return {@code confluence} or {@code jira}, as stored with every captured event */
    String product();

    Directory directory();

    Containers containers();

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
}
