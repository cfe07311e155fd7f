package org.valuematrix.plugin.common;

import com.atlassian.beehive.ClusterLockService;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.valuematrix.spi.ClusterLock;

/** {@link ClusterLock} over Beehive's cluster-wide locks (both hosts provide the service). */
public class BeehiveClusterLock implements ClusterLock {
    private final ClusterLockService locks;

    public BeehiveClusterLock(ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public boolean tryRun(String name, Runnable work) {
        Lock lock = locks.getLockForName(name);
        if (!lock.tryLock()) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T runExclusively(String name, Supplier<T> work) {
        Lock lock = locks.getLockForName(name);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
