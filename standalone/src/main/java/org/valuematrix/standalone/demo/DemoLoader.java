package org.valuematrix.standalone.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.activity.ingest.IngestOutcome;
import org.valuematrix.spi.Container;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentRecords;
import org.valuematrix.standalone.content.ContentStore;
import org.valuematrix.standalone.db.HostSettings;
import org.valuematrix.standalone.demo.DemoOrganisation.ContainerSpec;
import org.valuematrix.standalone.demo.DemoOrganisation.TeamSpec;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.DirectorySnapshot;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.standalone.directory.PasswordHasher;
import org.valuematrix.standalone.directory.Products;
import org.valuematrix.standalone.directory.User;
import org.valuematrix.team.TeamStore;

/**
 * Loads the demo organisation into an empty database: directory (people, groups, spaces,
 * projects), teams and container owners through core's {@link TeamStore}, content, and a year of
 * activity in time order through core's {@link EventIngest} (classification, storage and rollup
 * maintenance, as for every captured event), in batches of {@value #BATCH} written on a thread of
 * their own while the next batch is generated.
 */
public class DemoLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    public static final String STATE = "demo.state";
    private static final int CONTENT_CHUNK = 1_000;
    /**
     * Events per ingest transaction. Larger than the capture queue's batches: a batch spans weeks
     * of the demo year, so most of its rollup rows are created in one insert rather than updated
     * batch after batch, and the host forces the database to disk once per batch.
     */
    static final int BATCH = 10_000;

    private final EmbeddedDirectory directory;
    private final TeamStore teams;
    private final Runnable teamsChanged;
    private final ContentStore content;
    private final ContentRecords records;
    private final EventIngest ingest;
    private final HostSettings settings;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final PrintStream out;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public DemoLoader(EmbeddedDirectory directory, TeamStore teams, Runnable teamsChanged, ContentStore content,
            EventIngest ingest, HostSettings settings, PasswordHasher hasher, Clock clock, PrintStream out) {
        this.directory = directory;
        this.teams = teams;
        this.teamsChanged = teamsChanged;
        this.content = content;
        this.records = new ContentRecords(content.entityAccess());
        this.ingest = ingest;
        this.settings = settings;
        this.hasher = hasher;
        this.clock = clock;
        this.out = out;
    }

    /**
     * What was loaded, for the console and the lead's figures.
     *
     * @param end the end of the demo year: the minute the demo was loaded
     */
    public record Summary(int people, int teams, int containers, int contentItems, long events, long stored,
            long failed, double seconds, Instant end) {
    }

    public Summary load(String password, long events, long seed) throws InterruptedException {
        long started = System.nanoTime();
        settings.put(STATE, "loading");
        List<DemoPerson> people = DemoPeople.generate(seed);
        out.printf("Loading the demo organisation: %d people, %d teams, %d spaces and projects%n", people.size(),
                DemoOrganisation.TEAMS.size(), DemoOrganisation.CONTAINERS.size());
        // Hashing ~250 passwords takes seconds: it runs while the activity loads, and nobody can
        // log in before the hashes are stored (the placeholder matches no password).
        CompletableFuture<Map<String, String>> hashes = CompletableFuture.supplyAsync(() -> hashes(people, password));
        directory.add(users(people), containers());
        defineTeams();
        out.printf("  directory and teams ready in %.1f s%n", (System.nanoTime() - started) / 1e9);

        Random random = new Random(seed);
        DemoWorld world = new DemoWorld(people, random, content.nextId());
        // The demo year ends when it is loaded.
        Instant end = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        ActivitySimulator simulator = new ActivitySimulator(world, random, end, events, content.nextCommentId());
        simulator.seedContent();
        ConsoleProgress progress = new ConsoleProgress(out, "Demo activity (events)", events);
        long[] counts = write(simulator, progress);
        progress.done(counts[0]);
        directory.setPasswordHashes(join(hashes));
        long contentStarted = System.nanoTime();
        storeContent(world.contents);
        records.addAll(simulator.records());
        out.printf("  %,d pages and issues and what happened to them stored in %.1f s%n", world.contents.size(),
                (System.nanoTime() - contentStarted) / 1e9);
        settings.put(STATE, "loaded");
        Summary summary = new Summary(people.size(), DemoOrganisation.TEAMS.size(), DemoOrganisation.CONTAINERS.size(),
                world.contents.size(), counts[0], counts[1], counts[2],
                (System.nanoTime() - started) / 1e9, end);
        if (summary.failed() > 0) {
            out.printf("Warning: %d demo events could not be stored (see the log)%n", summary.failed());
        }
        return summary;
    }

    /**
     * Generates the year and writes it, one batch in the database while the next is generated.
     *
     * @return events generated, stored and failed
     */
    private long[] write(ActivitySimulator simulator, ConsoleProgress progress) throws InterruptedException {
        long[] counts = new long[3];
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "value-matrix-demo-writer"));
        try {
            Future<?>[] pending = {null};
            List<CapturedEvent> batch = new ArrayList<>(BATCH);
            simulator.run(e -> {
                batch.add(e);
                if (batch.size() == BATCH) {
                    pending[0] = handOver(writer, pending[0], new ArrayList<>(batch), counts,
                            progress);
                    batch.clear();
                }
            });
            pending[0] = handOver(writer, pending[0], new ArrayList<>(batch), counts,
                    progress);
            await(pending[0]);
        } finally {
            writer.shutdownNow();
        }
        return counts;
    }

    /** Waits for the batch being written, then starts writing {@code batch}. */
    private Future<?> handOver(ExecutorService writer, Future<?> previous, List<CapturedEvent> batch,
            long[] counts, ConsoleProgress progress) {
        await(previous);
        return writer.submit(() -> {
            try {
                List<IngestOutcome> outcomes = ingest.ingestNew(batch);
                synchronized (counts) {
                    counts[1] += outcomes.stream().filter(o -> o == IngestOutcome.STORED).count();
                }
            } catch (RuntimeException e) {
                synchronized (counts) {
                    counts[2] += batch.size();
                }
                LOG.error("Could not store {} demo events", batch.size(), e);
            }
            synchronized (counts) {
                counts[0] += batch.size();
                progress.update(counts[0]);
            }
        });
    }

    private static void await(Future<?> f) {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo loading interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("writing the demo events failed", e.getCause());
        }
    }

    /** Acme's offices are far from the host: carla shows times, days and date filters in her own zone. */
    static final Map<String, java.time.ZoneId> ZONES = Map.of("carla", java.time.ZoneId.of("America/New_York"));

    private static List<User> users(List<DemoPerson> people) {
        List<User> users = new ArrayList<>();
        for (DemoPerson p : people) {
            users.add(new User(p.key(), p.username(), p.displayName(), PasswordHasher.UNUSABLE, p.groups(),
                    ZONES.get(p.username())));
        }
        return users;
    }

    private Map<String, String> hashes(List<DemoPerson> people, String password) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (DemoPerson p : people) {
            hashes.put(p.key(), hasher.hash(password));
        }
        return hashes;
    }

    private static <T> T join(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("hashing the demo passwords failed", e.getCause());
        }
    }

    private static List<DirectoryContainer> containers() {
        List<DirectoryContainer> out = new ArrayList<>();
        for (ContainerSpec c : DemoOrganisation.CONTAINERS) {
            List<String> groups = new ArrayList<>(c.viewGroups());
            groups.add(DirectorySnapshot.ADMIN_GROUP);
            out.add(new DirectoryContainer(new Container(c.key(), c.name(), c.product(),
                    Products.containerUrl(c.product(), c.key())), c.description(), groups));
        }
        return out;
    }

    private void defineTeams() {
        int position = 0;
        for (TeamSpec t : DemoOrganisation.TEAMS) {
            teams.put(t.key(), t.name(), t.kind(), List.of(t.group()), position++);
        }
        for (ContainerSpec c : DemoOrganisation.CONTAINERS) {
            teams.setOwner(c.key(), c.owner());
        }
        teamsChanged.run();
    }

    private void storeContent(List<Content> items) {
        for (int i = 0; i < items.size(); i += CONTENT_CHUNK) {
            content.addAll(items.subList(i, Math.min(items.size(), i + CONTENT_CHUNK)));
        }
    }
}
