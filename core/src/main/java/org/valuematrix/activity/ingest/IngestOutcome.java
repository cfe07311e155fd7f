package org.valuematrix.activity.ingest;

/** What became of one event handed to ingest. */
public enum IngestOutcome {
    /** Stored now. */
    STORED,
    /** Already stored under the same source id (now or in the same batch); nothing written. */
    DUPLICATE,
    /** Its actor is excluded from measurement ({@link Exclusions}); nothing written. */
    EXCLUDED
}
