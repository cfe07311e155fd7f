package org.valuematrix.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.activity.ingest.IngestOutcome;
import org.valuematrix.activity.stream.EventExport;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.activity.stream.StreamStore;
import org.valuematrix.matrix.rollup.RollupMaintenance;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamKind;
import org.valuematrix.team.TeamMembership;
import org.valuematrix.team.TeamStore;

/**
 * The standard test organisation on a database, with the storage-side services wired as
 * {@link org.valuematrix.ValueMatrix} wires them (without its capture thread; ingest maintains the rollups):
 *
 * <ul>
 *   <li>teams, in this order: {@code eng} (group eng), {@code support} (group support),
 *       {@code acme} (customer, group acme), {@code partnerco} (partner, group partnerco);</li>
 *   <li>people: ann and bob (eng), carl (support), dora (acme), pat (partnerco), eve (no team),
 *       and viewer vic (group staff);</li>
 *   <li>containers: ENG owned by eng, SUP owned by support, ACME owned by acme, OPEN unowned;
 *       all viewable by group staff; each owning team's group may view its own.</li>
 * </ul>
 */
public final class Organisation {
    private final TestDatabase db;
    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final InMemoryContainers containers = new InMemoryContainers(directory);
    private final TeamStore teamStore;
    private final TeamCatalog catalog;
    private final TeamMembership membership;
    private final EventIngest ingest;
    private final StreamStore streamStore;
    private final StreamService stream;

    public Organisation(TestDatabase db) {
        this(db, Clock.systemUTC());
    }

    public Organisation(TestDatabase db, Clock clock) {
        this(db, clock, ZoneOffset.UTC);
    }

    /** @param zone the organisation's time zone, in which the rollups count days */
    public Organisation(TestDatabase db, Clock clock, ZoneId zone) {
        this.db = db;
        this.teamStore = new TeamStore(db.ao());
        this.catalog = new TeamCatalog(teamStore, clock);
        this.membership = new TeamMembership(directory, catalog, clock);
        this.ingest = new EventIngest(db.ao(), new Classifier(Duration.ofDays(90)), membership, catalog,
                new RollupMaintenance(db.ao(), zone));
        this.streamStore = new StreamStore(db.ao(), clock);
        this.stream = new StreamService(streamStore, containers, clock);
    }

    /** Creates the standard teams, people and containers described above. */
    public Organisation standard() {
        define(teamStore, directory, containers);
        refresh();
        return this;
    }

    /** The standard organisation, for anything wired from a team store and in-memory host ports. */
    public static void define(TeamStore teamStore, InMemoryDirectory directory, InMemoryContainers containers) {
        teamStore.put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng"), 0);
        teamStore.put("support", "Support", TeamKind.INTERNAL, List.of("support"), 1);
        teamStore.put("acme", "Acme Corp", TeamKind.CUSTOMER, List.of("acme"), 2);
        teamStore.put("partnerco", "PartnerCo", TeamKind.PARTNER, List.of("partnerco"), 3);
        directory.user("ann", "Ann Archer", "eng", "staff")
                .user("bob", "Bob Baker", "eng", "staff")
                .user("carl", "Carl Cook", "support", "staff")
                .user("dora", "Dora Dunn", "acme")
                .user("pat", "Pat Page", "partnerco")
                .user("eve", "Eve Evans", "staff")
                .user("vic", "Vic Viewer", "staff");
        containers.space("ENG", "Engineering space", "staff", "eng")
                .project("SUP", "Support desk", "staff", "support")
                .space("ACME", "Acme customer space", "staff", "acme")
                .space("OPEN", "Open space", "staff");
        teamStore.setOwner("ENG", "eng");
        teamStore.setOwner("SUP", "support");
        teamStore.setOwner("ACME", "acme");
    }

    /** Forgets cached teams and memberships after a change. */
    public void refresh() {
        catalog.invalidate();
        membership.invalidate();
    }

    public List<IngestOutcome> ingest(CapturedEvent... events) {
        return ingest.ingest(List.of(events));
    }

    /** @return every stored event, in id order */
    public List<ActivityEvent> stored() {
        List<ActivityEvent> out = new java.util.ArrayList<>();
        new EventExport(db.ao()).each(null, null, out::add);
        return out;
    }

    /** @return the stored event with that source id */
    public ActivityEvent stored(String sourceId) {
        return stored().stream().filter(e -> e.captured().sourceId().equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError("no stored event " + sourceId));
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

    public TeamStore teamStore() {
        return teamStore;
    }

    public TeamCatalog catalog() {
        return catalog;
    }

    public TeamMembership membership() {
        return membership;
    }

    public EventIngest ingest() {
        return ingest;
    }

    public StreamStore streamStore() {
        return streamStore;
    }

    public StreamService stream() {
        return stream;
    }
}
