package org.valuematrix.spi;

import java.util.Objects;

/** A Confluence space or a Jira project: where activity happens and what permissions guard. */
public final class Container {
    private final String key;
    private final String name;
    private final String product;
    private final String url;

    /**
     * @param key the space or project key, unique within the host
     * @param name its display name
     * @param product {@code confluence} or {@code jira}
     * @param url its address, relative to the host's base URL (starts with {@code /})
     */
    public Container(String key, String name, String product, String url) {
        this.key = Objects.requireNonNull(key, "key");
        this.name = name == null ? key : name;
        this.product = Objects.requireNonNull(product, "product");
        this.url = url == null ? "" : url;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public String product() {
        return product;
    }

    public String url() {
        return url;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Container)) {
            return false;
        }
        Container c = (Container) o;
        return key.equals(c.key) && name.equals(c.name) && product.equals(c.product) && url.equals(c.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, name, product, url);
    }

    @Override
    public String toString() {
        return product + ":" + key;
    }
}
