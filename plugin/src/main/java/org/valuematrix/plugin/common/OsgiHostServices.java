package org.valuematrix.plugin.common;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * {@link HostServices} from the OSGi service registry, where both hosts publish their public
 * components under their interface names (what {@code <osgi:reference>} reads too). Host
 * components live as long as the host, so one lookup per type is kept for the plugin's life; the
 * references are released when the plugin stops, with its bundle.
 */
public class OsgiHostServices implements HostServices {
    private final BundleContext bundle;

    public OsgiHostServices(BundleContext bundle) {
        this.bundle = bundle;
    }

    @Override
    public <T> T get(Class<T> type) {
        ServiceReference<T> reference = bundle.getServiceReference(type);
        T service = reference == null ? null : bundle.getService(reference);
        if (service == null) {
            throw new IllegalStateException("The host publishes no " + type.getName());
        }
        return service;
    }
}
