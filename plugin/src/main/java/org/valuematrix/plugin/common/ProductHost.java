package org.valuematrix.plugin.common;

import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.GroupSearch;

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
}
