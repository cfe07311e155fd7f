package org.valuematrix.standalone.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.valuematrix.Settings;
import org.valuematrix.activity.capture.QueuedActivityCapture;

/**
 * Ingest two ways, same events, same producer shape: the real capture path (the producer
 * {@code put}s into {@link QueuedActivityCapture}, whose writer thread runs EventIngest:
 * tie locks, idempotency look-up, classification, tie history, AO bulk create), and the raw JDBC
 * baseline (the producer classifies in memory and queues the finished rows; a writer thread
 * inserts them with addBatch/executeBatch, one transaction per batch). Queue capacity and
 * batch size are the capture defaults for both.
 */
final class IngestBenchmark {
    private static final Object[] END = new Object[0];

    private final BenchDatabase db;
    private final PrintStream out;
    private final int capacity = Settings.defaults().captureQueueCapacity();
    private final int batchSize = Settings.defaults().captureBatchSize();

    IngestBenchmark(BenchDatabase db, PrintStream out) {
        this.db = db;
        this.out = out;
    }

    /** Sends {@code count} events through the capture path; returns once all are stored. */
    Rate capture(QueuedActivityCapture capture, EventGenerator events, long count, String label)
            throws InterruptedException {
        return capture(capture, captureWriter(), events, count, label);
    }

    /** @param writer the capture's writer thread, whose CPU time is the writer's */
    Rate capture(QueuedActivityCapture capture, Thread writer, EventGenerator events, long count, String label)
            throws InterruptedException {
        long before = capture.storedCount() + capture.failedCount();
        Progress progress = new Progress(out, label, count);
        Cpu cpu = new Cpu(writer);
        long t0 = System.nanoTime();
        for (long i = 0; i < count; i++) {
            capture.put(events.next());
            if ((i & 0x3FF) == 0) {
                progress.update(capture.storedCount() + capture.failedCount() - before);
            }
        }
        capture.flush();
        // flush() can return while the writer holds a batch it has just taken; wait for it.
        while (capture.storedCount() + capture.failedCount() - before < count) {
            Thread.sleep(1);
        }
        long nanos = System.nanoTime() - t0;
        cpu.stop();
        progress.done(capture.storedCount() + capture.failedCount() - before);
        if (capture.failedCount() > 0 || capture.droppedCount() > 0) {
            throw new IllegalStateException("capture failed " + capture.failedCount() + " and dropped "
                    + capture.droppedCount() + " events");
        }
        return new Rate(count, nanos, cpu);
    }

    /** Sends {@code count} events through the raw JDBC path into {@code table}. */
    Rate raw(BenchDatabase target, EventGenerator events, RowClassifier rows, long count, String table, String label)
            throws Exception {
        BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(capacity);
        AtomicLong written = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong writerCpu = new AtomicLong();
        Thread writer = new Thread(() -> {
            drain(target, queue, table, written, failure);
            writerCpu.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        }, "bench-raw-writer");
        Progress progress = new Progress(out, label, count);
        Cpu cpu = new Cpu(null);
        writer.start();
        long t0 = System.nanoTime();
        for (long i = 0; i < count && failure.get() == null; i++) {
            Object[] row = rows.row(events.next());
            while (!queue.offer(row, 100, TimeUnit.MILLISECONDS) && failure.get() == null) {
                // The writer is behind: back-pressure, as in the capture path.
            }
            if ((i & 0x3FF) == 0) {
                progress.update(written.get());
            }
        }
        while (failure.get() == null && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
            // Waits for room for the end marker.
        }
        writer.join();
        long nanos = System.nanoTime() - t0;
        cpu.stop(writerCpu.get());
        progress.done(written.get());
        if (failure.get() != null) {
            throw new IllegalStateException("the raw JDBC writer failed", failure.get());
        }
        return new Rate(count, nanos, cpu);
    }

    private void drain(BenchDatabase target, BlockingQueue<Object[]> queue, String table, AtomicLong written,
            AtomicReference<Throwable> failure) {
        List<Object[]> batch = new ArrayList<>(batchSize);
        try (RawEventWriter writer = new RawEventWriter(target, table)) {
            boolean end = false;
            while (!end) {
                Object[] first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                end = batch.get(batch.size() - 1) == END;
                if (end) {
                    batch.remove(batch.size() - 1);
                }
                if (!batch.isEmpty()) {
                    writer.write(batch);
                    written.addAndGet(batch.size());
                }
                batch.clear();
            }
        } catch (Exception | Error e) {
            failure.set(e);
            queue.clear();
        }
    }

    /**
     * @return how many rows of the twin table equal the stored event of the same source id in
     *     every column the raw path writes (both read in source id order and compared here, as
     *     they may live in different databases)
     */
    long sameRows(BenchDatabase twin, String table) throws SQLException {
        String columns = "\"" + String.join("\", \"", RowClassifier.COLUMNS) + "\"";
        // Byte order on both sides, as Java compares strings (PostgreSQL would use the locale's).
        String order = " ORDER BY \"SOURCE_ID\"" + (db.kind.equals("postgres") ? " COLLATE \"C\"" : "");
        long same = 0;
        try (Statement a = twin.keeper().createStatement();
                ResultSet baseline = a.executeQuery("SELECT " + columns + " FROM " + BenchDatabase.quoted(table) + order);
                Statement b = db.keeper().createStatement();
                ResultSet stored = b.executeQuery("SELECT " + columns + " FROM "
                        + BenchDatabase.quoted(BenchDatabase.EVENT) + order)) {
            while (baseline.next()) {
                String id = baseline.getString(1);
                int cmp = -1;
                while (cmp < 0 && stored.next()) {
                    cmp = stored.getString(1).compareTo(id);
                }
                if (cmp != 0) {
                    break;
                }
                boolean equal = true;
                for (int i = 2; i <= RowClassifier.COLUMNS.length; i++) {
                    equal &= java.util.Objects.equals(baseline.getString(i), stored.getString(i));
                }
                same += equal ? 1 : 0;
            }
        }
        return same;
    }

    /** Loads the tie history the capture path stored, so the raw fill classifies novelty from it. */
    void loadTies(Map<String, long[]> ties) throws SQLException {
        try (Statement s = db.keeper().createStatement();
                ResultSet rs = s.executeQuery("SELECT \"TIE_KEY\", \"FIRST_AT\", \"LAST_AT\" FROM "
                        + BenchDatabase.quoted(BenchDatabase.TIE))) {
            while (rs.next()) {
                ties.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
    }

    /** Rewrites the tie table from the in-memory history after a raw fill, as ingest would have. */
    void writeTies(Map<String, long[]> ties) throws SQLException {
        try (java.sql.Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM " + BenchDatabase.quoted(BenchDatabase.TIE));
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + BenchDatabase.quoted(BenchDatabase.TIE)
                    + " (\"TIE_KEY\", \"FIRST_AT\", \"LAST_AT\") VALUES (?, ?, ?)")) {
                int n = 0;
                for (Map.Entry<String, long[]> e : ties.entrySet()) {
                    insert.setString(1, e.getKey());
                    insert.setLong(2, e.getValue()[0]);
                    insert.setLong(3, e.getValue()[1]);
                    insert.addBatch();
                    if (++n % batchSize == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    static Thread captureWriter() {
        return captureWriterOtherThan(null);
    }

    /** @return a capture writer thread other than {@code known} (a second capture's) */
    static Thread captureWriterOtherThan(Thread known) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("value-matrix-capture-writer") && t != known) {
                return t;
            }
        }
        throw new IllegalStateException("no capture writer thread");
    }

    /**
     * CPU time spent during a run by the producer (this thread), the writer thread and the
     * whole process (including the database's own threads, JIT and GC): unlike wall-clock time,
     * it hardly depends on what else the machine is running.
     */
    static final class Cpu {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long writerId;
        private final long producer0;
        private final long writer0;
        private final long process0;
        long producer;
        long writer;
        long process;

        /** @param writerThread the running writer thread, or null for one not started yet */
        Cpu(Thread writerThread) {
            this.writerId = writerThread == null ? -1 : writerThread.getId();
            this.producer0 = THREADS.getCurrentThreadCpuTime();
            this.writer0 = writerThread == null ? 0 : THREADS.getThreadCpuTime(writerId);
            this.process0 = processCpu();
        }

        Cpu() {
            this.writerId = -1;
            this.producer0 = 0;
            this.writer0 = 0;
            this.process0 = 0;
        }

        void stop() {
            stop(THREADS.getThreadCpuTime(writerId));
        }

        void stop(long writerCpu) {
            producer = THREADS.getCurrentThreadCpuTime() - producer0;
            writer = writerCpu - writer0;
            process = processCpu() - process0;
        }

        Cpu plus(Cpu other) {
            Cpu sum = new Cpu();
            sum.producer = producer + other.producer;
            sum.writer = writer + other.writer;
            sum.process = process + other.process;
            return sum;
        }

        private static long processCpu() {
            java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean
                    ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
        }
    }

    /** Events per second over a run, and the CPU it took. */
    static final class Rate {
        final long events;
        final long nanos;
        final Cpu cpu;

        Rate(long events, long nanos, Cpu cpu) {
            this.events = events;
            this.nanos = nanos;
            this.cpu = cpu;
        }

        Rate plus(Rate other) {
            return other == null ? this : new Rate(events + other.events, nanos + other.nanos, cpu.plus(other.cpu));
        }

        /** @return CPU microseconds per event of the writer thread, the producer and the process */
        double writerMicros() {
            return cpu.writer / 1e3 / events;
        }

        double producerMicros() {
            return cpu.producer / 1e3 / events;
        }

        double processMicros() {
            return cpu.process / 1e3 / events;
        }

        double perSecond() {
            return events / (nanos / 1e9);
        }

        double seconds() {
            return nanos / 1e9;
        }
    }
}
