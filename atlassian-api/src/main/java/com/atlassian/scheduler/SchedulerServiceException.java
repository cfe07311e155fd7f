package com.atlassian.scheduler;

/**
 * Compile-only re-declaration (checked exception, as in atlassian-scheduler-api) of a failure to
 * schedule a job.
 *
 * <p>Checked against: docs.atlassian.com atlassian-scheduler-api 1.6.0 apidocs package summary of {@code com.atlassian.scheduler} (an exception
 * class) and the class-use page (thrown by {@code SchedulerService.scheduleJob}); a checked
 * exception, as its unchecked sibling {@code SchedulerRuntimeException extends RuntimeException}
 * on the same site, with the same {@code (String message)} constructor.
 */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }
}
