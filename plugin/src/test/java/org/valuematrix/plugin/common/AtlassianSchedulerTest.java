package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.MockedStatic;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class AtlassianSchedulerTest {
    private static final String KEY = "org.valuematrix.value-matrix:purge-visible-sets";
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Mock
    private SchedulerService service;
    private final AtomicInteger runs = new AtomicInteger();

    private AtlassianScheduler target() {
        return new AtlassianScheduler(service, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void schedule_shouldRunTheJobOncePerClusterAtItsInterval_fromWhenTheFirstRunIsDue() throws Exception {
        target().schedule(KEY, Duration.ofMinutes(10), Duration.ofDays(1), runs::incrementAndGet);

        verify(service).registerJobRunner(eq(JobRunnerKey.of(KEY)), any(JobRunner.class));
        verify(service).scheduleJob(JobId.of(KEY), JobConfig.forJobRunnerKey(JobRunnerKey.of(KEY))
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(Duration.ofDays(1).toMillis(),
                        Date.from(NOW.plus(Duration.ofMinutes(10))))));
    }

    @Test
    void theRegisteredRunner_shouldRunTheJob_andAnswerSuccess() {
        target().schedule(KEY, Duration.ofMinutes(10), Duration.ofDays(1), runs::incrementAndGet);
        JobRunner runner = registeredRunner();
        JobRunnerResponse success = mock(JobRunnerResponse.class);

        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            responses.when(JobRunnerResponse::success).thenReturn(success);

            assertThat(runner.runJob(mock(JobRunnerRequest.class))).isSameAs(success);
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void theRegisteredRunner_whenTheJobThrows_shouldAnswerFailedWithTheCause_notThrow() {
        IllegalStateException cause = new IllegalStateException("database unreachable");
        target().schedule(KEY, Duration.ofMinutes(10), Duration.ofDays(1), () -> {
            throw cause;
        });
        JobRunner runner = registeredRunner();
        JobRunnerResponse failed = mock(JobRunnerResponse.class);

        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            responses.when(() -> JobRunnerResponse.failed(cause)).thenReturn(failed);

            assertThat(runner.runJob(mock(JobRunnerRequest.class))).isSameAs(failed);
        }
    }

    @Test
    void schedule_whenTheHostRefuses_shouldKeepThePluginRunning() throws Exception {
        doThrow(new SchedulerServiceException("scheduler is shutting down")).when(service).scheduleJob(any(), any());

        target().schedule(KEY, Duration.ofMinutes(10), Duration.ofDays(1), runs::incrementAndGet);

        verify(service).scheduleJob(any(), any());
    }

    @Test
    void unschedule_shouldRemoveThisNodesRunner_andLeaveTheClustersSchedule() {
        target().unschedule(KEY);

        verify(service).unregisterJobRunner(JobRunnerKey.of(KEY));
    }

    private JobRunner registeredRunner() {
        ArgumentCaptor<JobRunner> runner = ArgumentCaptor.forClass(JobRunner.class);
        verify(service).registerJobRunner(eq(JobRunnerKey.of(KEY)), runner.capture());
        return runner.getValue();
    }
}
