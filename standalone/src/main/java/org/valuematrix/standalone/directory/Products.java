package org.valuematrix.standalone.directory;

/** Which product a container imitates, and where its pages live in the standalone host. */
public final class Products {
    public static final String CONFLUENCE = "confluence";
    public static final String JIRA = "jira";

    private Products() {
    }

    /** @return the container's address: {@code /display/KEY} for a space, {@code /browse/KEY} for a project */
    public static String containerUrl(String product, String key) {
        return (CONFLUENCE.equals(product) ? "/display/" : "/browse/") + key;
    }
}
