package org.valuematrix.standalone;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** One logging setup for the process: SLF4J Simple, with java.util.logging (Jersey's) routed to it. */
final class Logging {
    private Logging() {
    }

    static void routeJulToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
