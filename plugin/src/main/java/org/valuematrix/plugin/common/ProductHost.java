package org.valuematrix.plugin.common;

import org.valuematrix.ValueMatrix;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Messages;

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
     * @return an object with {@code @EventListener} methods that hands core the spaces made from
     *     this plugin's space blueprints, or null where the product has no spaces (Jira)
     */
    Object spaceBlueprintListener(ValueMatrix valueMatrix, Messages messages);
}
