package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class BeehiveClusterLockTest {
    private static final String NAME = "org.valuematrix.value-matrix.rebuild";

    @Mock
    private ClusterLockService locks;
    @Mock
    private ClusterLock lock;
    private BeehiveClusterLock target;

    @BeforeEach
    void setUp() {
        when(locks.getLockForName(NAME)).thenReturn(lock);
        target = new BeehiveClusterLock(locks);
    }

    @Test
    void tryRun_shouldRunUnderTheLockAndReleaseIt() {
        when(lock.tryLock()).thenReturn(true);
        AtomicBoolean ran = new AtomicBoolean();

        assertThat(target.tryRun(NAME, () -> ran.set(true))).isTrue();
        assertThat(ran).isTrue();
        verify(lock).unlock();
    }

    @Test
    void tryRun_shouldSkipTheWorkWhenAnotherNodeHoldsTheLock() {
        when(lock.tryLock()).thenReturn(false);

        assertThat(target.tryRun(NAME, () -> {
            throw new AssertionError("must not run");
        })).isFalse();
        verify(lock, never()).unlock();
    }

    @Test
    void runExclusively_shouldReleaseTheLockEvenWhenTheWorkFails() {
        assertThatThrownBy(() -> target.runExclusively(NAME, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        InOrder order = inOrder(lock);
        order.verify(lock).lock();
        order.verify(lock).unlock();
    }
}
