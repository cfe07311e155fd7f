package org.valuematrix.plugin.common;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.user.UserManager;
import java.time.Clock;
import org.valuematrix.plugin.confluence.ConfluenceHost;
import org.valuematrix.plugin.jira.JiraHost;

/**
 * Chooses the product adapters from SAL's platform id. One Spring context serves both products,
 * and a bean is created in both: a shared bean must never load a class of the other product.
 * Separate context files guarded by optional service references do not achieve that (a
 * reference still loads its interface, which fails where the product is absent), so this
 * factory decides at run time, and each branch names its product's classes only when taken
 * (the JVM resolves a class on first execution, not when this one is loaded).
 */
public final class ProductHosts {
    static final String CONFLUENCE = "conf";
    static final String JIRA = "jira";

    private ProductHosts() {
    }

    public static ProductHost forPlatform(ApplicationProperties application, HostServices services, UserManager users,
            Clock clock) {
        String platform = application.getPlatformId();
        if (platform != null && platform.startsWith(CONFLUENCE)) {
            return new ConfluenceHost(services, users, clock);
        }
        if (JIRA.equals(platform)) {
            return new JiraHost(services, users, clock);
        }
        throw new IllegalStateException("Value Matrix runs in Confluence or Jira, not in '" + platform + "'");
    }
}
