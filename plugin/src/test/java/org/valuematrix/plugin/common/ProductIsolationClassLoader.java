package org.valuematrix.plugin.common;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Plays a host without the other product: loads every class of the test class path itself, but
 * refuses the given package prefixes as an OSGi framework refuses an unresolved optional import,
 * and remembers what was loaded.
 */
final class ProductIsolationClassLoader extends URLClassLoader {
    private final List<String> refused;
    private final Set<String> loaded = new ConcurrentSkipListSet<>();

    ProductIsolationClassLoader(List<String> refusedPrefixes) {
        super(classPath(), ClassLoader.getPlatformClassLoader());
        this.refused = refusedPrefixes;
    }

    Set<String> loaded() {
        return loaded;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        for (String prefix : refused) {
            if (name.startsWith(prefix)) {
                throw new ClassNotFoundException(name + " (not in this product)");
            }
        }
        loaded.add(name);
        return super.loadClass(name, resolve);
    }

    private static URL[] classPath() {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try {
                urls.add(new File(entry).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return urls.toArray(new URL[0]);
    }
}
