package com.atlassian.scheduler;

/**
 * Compile-only re-declaration (class, as in atlassian-scheduler-api) of the result of a run; made
 * only by its static factories.
 *
 * <p>Checked against: docs.atlassian.com atlassian-scheduler-api 1.6.0 apidocs class-use of {@code com.atlassian.scheduler.JobRunnerResponse}
 * ({@code static JobRunnerResponse success()}, {@code static JobRunnerResponse failed(Throwable cause)})
 * and the package summary (a class).
 */
public class JobRunnerResponse {

    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success() {
        throw new UnsupportedOperationException("compile-only");
    }

    public static JobRunnerResponse failed(Throwable cause) {
        throw new UnsupportedOperationException("compile-only");
    }
}
