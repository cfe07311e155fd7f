package org.valuematrix.activity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.valuematrix.spi.EntityAccessException;

/** Which database failures ingest retries: the ones two writers cause, as each database reports them. */
class TransientFailuresTest {

    @Test
    void isTransient_racesAndLockConflicts_shouldBeRetried() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("serialization", "40001")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("duplicate", "23505")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("H2 lock timeout", "HYT00", 50200)))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("H2 concurrent", "90131", 90131)))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("MySQL duplicate", "23000", 1062)))).isTrue();
    }

    @Test
    void isTransient_aBatchWhoseCauseIsOnlyInItsNextException_shouldBeRetried() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(TransientFailures.isTransient(wrapped(batch))).isTrue();
    }

    @Test
    void isTransient_failuresNoRetryCures_shouldNotBeRetried() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("value too long", "22001")))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("not null", "23502")))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("Oracle check", "23000", 2290)))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("no table", "42P01")))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("not a database failure"))).isFalse();
    }

    private static RuntimeException wrapped(SQLException e) {
        return new EntityAccessException(e.getMessage(), new RuntimeException(e));
    }
}
