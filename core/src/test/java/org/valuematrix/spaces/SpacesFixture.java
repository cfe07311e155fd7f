package org.valuematrix.spaces;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.valuematrix.spi.HostAuditLog;
import org.valuematrix.testing.InMemoryProjectAdministration;
import org.valuematrix.testing.InMemorySpaceAdministration;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;
import org.valuematrix.team.TeamKind;

/**
 * Core with the spaces feature on a real database and an in-memory host: team Product
 * ({@code product-team}: mia, ian), customers Acme ({@code acme-customers}: carla) and Globex
 * ({@code globex-customers}: gary), a group {@code mixed} (carla and ian), and an administrator.
 * The readiness the gate reads is the team's stage, {@link #stage}, 2 unless a test lowers it.
 */
final class SpacesFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    final TestHost host;
    final InMemorySpaceAdministration admin;
    final Spaces spaces;
    final InMemoryProjectAdministration projects;
    volatile int stage = 2;

    SpacesFixture(TestDatabase db, InMemorySpaceAdministration shared) {
        this.host = new TestHost(db);
        host.clock().set(Instant.parse("2026-12-02T09:00:00Z"));
        host.directory().user("mia", "Mia Moderator", "product-team", "staff")
                .user("ian", "Ian Insider", "product-team", "staff")
                .user("carla", "Carla Customer", "acme-customers")
                .user("gary", "Gary Globex", "globex-customers")
                .user("lou", "Lou Loose", "loose")
                .addToGroups("carla", "mixed").addToGroups("ian", "mixed")
                .admin("admin").addToGroups("admin", "staff");
        host.team("product", "Product", TeamKind.INTERNAL, "product-team")
                .team("acme", "Acme", TeamKind.CUSTOMER, "acme-customers")
                .team("globex", "Globex", TeamKind.CUSTOMER, "globex-customers");
        this.admin = shared != null ? shared : new InMemorySpaceAdministration(host.directory());
        this.projects = new InMemoryProjectAdministration(host.containers());
        this.spaces = new Spaces(host.db().ao(), admin, host.directory(), host.containers(), host.vm().teamCatalog(),
                (team, viewer) -> stage, host.vm().caller(), host.messages(), host.clock(), host.scheduler(), null,
                HostAuditLog.NONE, projects);
    }

    static SpacesFixture onH2() {
        return new SpacesFixture(TestDatabase.h2(), null);
    }

    static SpaceRequest request(SpaceTemplate template, String key) {
        return new SpaceRequest(template.wire(), key, "Acme together", "product", "product-team", List.of("mia"),
                List.of("acme-customers"), TODAY.plusDays(90), null);
    }

    CustomerSpace create(SpaceTemplate template, String key) {
        return spaces.creation().create(request(template, key), "ian", false);
    }

    StageChanges.Outcome move(String key, SpaceStage to, String user) {
        return spaces.stages().change(key, user, host.directory().isAdmin(user),
                new StageChange(to, "because the test says so", true, null));
    }

    String message(String key, Object... args) {
        return host.messages().text(key, args);
    }

    @Override
    public void close() {
        spaces.close();
        host.close();
    }
}
