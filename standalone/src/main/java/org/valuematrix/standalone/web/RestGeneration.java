package org.valuematrix.standalone.web;

import java.util.Locale;

/**
 * Which REST module the host behaves like. {@code v1} is REST v1 (Confluence 8.5, Jira 9.12):
 * its extension filter rewrites {@code /x.atom} to {@code /x} with an {@code Accept} header (see
 * {@link ExtensionRewrite}). {@code v2} (Confluence 9, Jira 10) passes every path through
 * unchanged: whether REST v2 keeps the filter is not known here, so resources must answer
 * either way, and the tests run a host of each kind.
 */
public enum RestGeneration {
    V1,
    V2;

    /** @throws IllegalArgumentException unless the text is v1 or v2 */
    public static RestGeneration parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "v1": return V1;
            case "v2": return V2;
            default: throw new IllegalArgumentException("--rest must be v1 or v2");
        }
    }

    boolean rewritesExtensions() {
        return this == V1;
    }
}
