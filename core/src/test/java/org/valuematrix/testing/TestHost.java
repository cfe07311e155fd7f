package org.valuematrix.testing;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.valuematrix.Settings;
import org.valuematrix.ValueMatrix;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.ingest.IngestOutcome;
import org.valuematrix.team.TeamKind;

/**
 * The whole of core, built by its composition root ({@link ValueMatrix}) on a real database,
 * with in-memory host ports: what the standalone host and the plugin wire, minus the host.
 */
public final class TestHost implements AutoCloseable {
    private final TestDatabase db;
    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final InMemoryContainers containers = new InMemoryContainers(directory);
    private final MutableClock clock = new MutableClock(EventBuilder.T0.plus(Duration.ofHours(1)));
    private final VelocityTemplates templates = new VelocityTemplates();
    private final BundleMessages messages = new BundleMessages();
    private final FakeWebResources web = new FakeWebResources();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final ValueMatrix vm;

    public TestHost(TestDatabase db) {
        this(db, ZoneOffset.UTC);
    }

    /** @param zone the organisation's time zone, in which the rollups count days */
    public TestHost(TestDatabase db, ZoneId zone) {
        this.db = db;
        this.vm = new ValueMatrix(db.ao(), directory, containers, Requests.AUTHENTICATION, templates, messages, web, clock,
                scheduler, new Settings(Duration.ofDays(90), 1_000, 100).withZone(zone));
    }

    public static TestHost onH2() {
        return new TestHost(TestDatabase.h2());
    }

    public ValueMatrix vm() {
        return vm;
    }

    public TestDatabase db() {
        return db;
    }

    public InMemoryDirectory directory() {
        return directory;
    }

    public InMemoryContainers containers() {
        return containers;
    }

    public ManualScheduler scheduler() {
        return scheduler;
    }

    public MutableClock clock() {
        return clock;
    }

    public VelocityTemplates templates() {
        return templates;
    }

    public BundleMessages messages() {
        return messages;
    }

    /**
     * The standard organisation of {@link Organisation}, plus {@code admin}, an administrator
     * who may view every container.
     */
    public TestHost standard() {
        Organisation.define(vm.teamStore(), directory, containers);
        directory.admin("admin").addToGroups("admin", "staff");
        vm.teamCatalog().invalidate();
        vm.membership().invalidate();
        return this;
    }

    /** Defines a team through the store, as an admin would, and refreshes the caches. */
    public TestHost team(String key, String name, TeamKind kind, String... groups) {
        vm.teamStore().put(key, name, kind, List.of(groups), null);
        vm.teamCatalog().invalidate();
        vm.membership().invalidate();
        return this;
    }

    public TestHost owner(String containerKey, String teamKey) {
        vm.teamStore().setOwner(containerKey, teamKey);
        vm.teamCatalog().invalidate();
        return this;
    }

    /** Stores events synchronously through ingest (classification included). */
    public List<IngestOutcome> ingest(CapturedEvent... events) {
        return vm.ingest().ingest(List.of(events));
    }

    @Override
    public void close() {
        vm.close();
        db.close();
    }
}
