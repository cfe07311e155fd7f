package org.valuematrix.standalone.db;

/**
 * Sizes Active Objects' cache of rewritten where clauses for this JVM. Active Objects quotes
 * the identifiers of every where clause with a regex, and keeps the last 100 results
 * JVM-wide. On H2 the stream writes a viewer's visible containers into its statements as
 * literals, so each viewer has clauses of their own, and rewriting one with 200 container
 * keys takes about 4 ms: more than the statement. 2,000 clauses of that size take about 9 MB.
 */
public final class AoClauseCache {
    static final String PROPERTY = "net.java.ao.CachingSqlProcessor.MAXIMUM_CACHED_CLAUSES";
    static final String CLAUSES = "2000";

    private AoClauseCache() {
    }

    /** Must run before Active Objects' DatabaseProvider class is loaded; a value given with -D wins. */
    public static void configure() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, CLAUSES);
        }
    }
}
