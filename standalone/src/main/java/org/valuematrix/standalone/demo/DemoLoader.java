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
import org.valuematrix.activity.capture.QueuedActivityCapture;
import org.valuematrix.spi.Container;
import org.valuematrix.standalone.content.Content;
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
 * activity through core's capture port, with back-pressure, in time order.
 */
public class DemoLoader {
    public static final String STATE = "demo.state";
    private static final int CONTENT_CHUNK = 1_000;

    private final EmbeddedDirectory directory;
    private final TeamStore teams;
    private final Runnable teamsChanged;
    private final ContentStore content;
    private final QueuedActivityCapture capture;
    private final HostSettings settings;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final PrintStream out;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public DemoLoader(EmbeddedDirectory directory, TeamStore teams, Runnable teamsChanged, ContentStore content,
            QueuedActivityCapture capture, HostSettings settings, PasswordHasher hasher, Clock clock, PrintStream out) {
        this.directory = directory;
        this.teams = teams;
        this.teamsChanged = teamsChanged;
        this.content = content;
        this.capture = capture;
        this.settings = settings;
        this.hasher = hasher;
        this.clock = clock;
        this.out = out;
    }

    /** What was loaded, for the console and the lead's figures. */
    public record Summary(int people, int teams, int containers, int contentItems, long events, long stored,
            long failed, double seconds) {
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
        ActivitySimulator simulator = new ActivitySimulator(world, random, end, events);
        simulator.seedContent();
        ConsoleProgress progress = new ConsoleProgress(out, "Demo activity (events)", events);
        long[] sent = {0};
        simulator.run(e -> {
            try {
                capture.put(e);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("demo loading interrupted", interrupted);
            }
            progress.update(++sent[0]);
        });
        capture.flush();
        progress.done(sent[0]);
        directory.setPasswordHashes(join(hashes));
        long contentStarted = System.nanoTime();
        storeContent(world.contents);
        out.printf("  %,d pages and issues stored in %.1f s%n", world.contents.size(),
                (System.nanoTime() - contentStarted) / 1e9);
        settings.put(STATE, "loaded");
        Summary summary = new Summary(people.size(), DemoOrganisation.TEAMS.size(), DemoOrganisation.CONTAINERS.size(),
                world.contents.size(), sent[0], capture.storedCount(), capture.failedCount(),
                (System.nanoTime() - started) / 1e9);
        if (summary.failed() > 0) {
            out.printf("Warning: %d demo events could not be stored (see the log)%n", summary.failed());
        }
        return summary;
    }

    private static List<User> users(List<DemoPerson> people) {
        List<User> users = new ArrayList<>();
        for (DemoPerson p : people) {
            users.add(new User(p.key(), p.username(), p.displayName(), PasswordHasher.UNUSABLE, p.groups()));
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
