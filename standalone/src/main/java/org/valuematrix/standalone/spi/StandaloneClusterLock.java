package org.valuematrix.standalone.spi;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.valuematrix.spi.ClusterLock;

/** The standalone host is a single node: a cluster lock is a JVM lock. */
public class StandaloneClusterLock implements ClusterLock {
    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public boolean tryRun(String name, Runnable work) {
        ReentrantLock lock = lock(name);
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
        ReentrantLock lock = lock(name);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private ReentrantLock lock(String name) {
        return locks.computeIfAbsent(name, n -> new ReentrantLock());
    }
}
