package org.valuematrix.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.valuematrix.spi.SpaceGrant.Permission.COMMENT;
import static org.valuematrix.spi.SpaceGrant.Permission.EDITSPACE;
import static org.valuematrix.spi.SpaceGrant.Permission.VIEWSPACE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.spaces.ao.AOCustomerSpace;
import org.valuematrix.spaces.ao.AOSpaceAudit;
import org.valuematrix.spi.HostAuditLog;
import org.valuematrix.spi.SpaceAdministrationException;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.testing.InMemorySpaceAdministration;

/**
 * A space the host created from a blueprint, with the host's default permissions, becomes a
 * customer-facing space at rehearsal with exactly its grants, or stays private to its creator.
 */
class HostCreatedSpacesTest {
    private static final String CREATOR = "ian";

    /** What Confluence's defaults typically give a new space, on top of the creator's permissions. */
    private static final List<SpaceGrant> DEFAULTS = List.of(SpaceGrant.group(VIEWSPACE, "confluence-users"),
            SpaceGrant.group(COMMENT, "confluence-users"), SpaceGrant.group(EDITSPACE, "confluence-users"),
            SpaceGrant.authenticated(VIEWSPACE), SpaceGrant.anonymous(VIEWSPACE));

    private final List<String> hostLog = new ArrayList<>();
    private final HostAuditLog log = (key, name, action, from, to, reason, diff) ->
            hostLog.add(String.join("|", key, name, action, String.valueOf(from), to, String.valueOf(reason), diff));

    @Test
    void lockDown_shouldLeaveTheCreatorAloneWhateverTheHostGranted() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            long home = hostCreates(f, "ACME");
            HostCreatedSpaces target = target(f);

            target.lockDown("ACME", CREATOR);

            assertThat(f.admin.grants("ACME")).isEqualTo(creatorOnly());
            assertThat(f.admin.rawPages("ACME")).extracting(p -> p.id).containsExactly(home);
            assertThat(hostLog).containsExactly("ACME|ACME|locked-down|null|null|null|-COMMENT group:confluence-users\n"
                    + "-EDITSPACE group:confluence-users\n-VIEWSPACE anonymous\n-VIEWSPACE authenticated\n"
                    + "-VIEWSPACE group:confluence-users");
        }
    }

    @Test
    void takeOver_shouldGiveExactlyTheRehearsalGrantsThePageTreeAndTheRows() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            long home = hostCreates(f, "ACME");
            HostCreatedSpaces target = target(f);
            target.lockDown("ACME", CREATOR);

            CustomerSpace space = target.takeOver(home, SpacesFixture.request(SpaceTemplate.PARTNER, "ACME"), CREATOR);

            assertThat(space.stage()).isEqualTo(SpaceStage.REHEARSAL);
            assertThat(f.admin.grants("ACME")).isEqualTo(StagePresets.grants(space, SpaceStage.REHEARSAL));
            assertThat(f.admin.grants("ACME")).noneMatch(g -> "confluence-users".equals(g.name()))
                    .noneMatch(g -> g.subject() != SpaceGrant.Subject.GROUP && g.subject() != SpaceGrant.Subject.USER);
            List<InMemorySpaceAdministration.Page> pages = f.admin.rawPages("ACME");
            assertThat(pages.get(0).id).isEqualTo(home);
            assertThat(pages.get(0).title).isEqualTo("Acme together");
            assertThat(pages).extracting(p -> p.title).contains("Working norms", "Internal notes");
            assertThat(pages.subList(1, pages.size())).allSatisfy(p -> assertThat(p.parent).isEqualTo(home));
            InMemorySpaceAdministration.Page notes = pages.stream().filter(p -> p.id == space.internalNotesId())
                    .findFirst().orElseThrow();
            assertThat(notes.title).isEqualTo("Internal notes");
            assertThat(notes.viewGroups).isEqualTo(Set.of("product-team"));
            assertThat(f.spaces.store().space("ACME")).isPresent();
            assertThat(f.spaces.audit().entries("ACME")).extracting(e -> e.get("action"))
                    .containsExactly(SpaceAudit.CREATED);
            assertThat(hostLog).hasSize(2);
            assertThat(hostLog.get(1)).startsWith("ACME|Acme together|created|null|rehearsal|null|")
                    .contains("+VIEWSPACE group:product-team").contains("+SETPAGEPERMISSIONS user:mia")
                    .contains("-SETSPACEPERMISSIONS user:ian");
        }
    }

    @Test
    void takeOver_withoutLockDown_shouldStillRemoveEveryDefault() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            long home = hostCreates(f, "ACME");

            CustomerSpace space = target(f).takeOver(home,
                    SpacesFixture.request(SpaceTemplate.SUPPORT_KNOWLEDGE, "ACME"), CREATOR);

            assertThat(f.admin.grants("ACME")).isEqualTo(StagePresets.grants(space, SpaceStage.REHEARSAL));
        }
    }

    @Test
    void takeOver_withInvalidWizardInput_shouldLeaveTheSpacePrivateToItsCreatorAndNoRow() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            long home = hostCreates(f, "ACME");
            HostCreatedSpaces target = target(f);
            target.lockDown("ACME", CREATOR);
            SpaceRequest bad = new SpaceRequest("partner", "ACME", "Acme together", "product", "no-such-group",
                    List.of("mia"), List.of("acme-customers"), SpacesFixture.TODAY.plusDays(30), null);

            assertThatThrownBy(() -> target.takeOver(home, bad, CREATOR)).isInstanceOf(BadRequestException.class)
                    .satisfies(e -> assertThat(((BadRequestException) e).errors()).containsKey("internalGroup"));

            assertThat(f.admin.grants("ACME")).isEqualTo(creatorOnly());
            assertThat(f.admin.spaceExists("ACME")).isTrue();
            assertThat(f.host.db().count(AOCustomerSpace.class)).isZero();
            assertThat(f.host.db().count(AOSpaceAudit.class)).isZero();
            assertThat(hostLog).hasSize(1).allMatch(e -> e.contains("|locked-down|"));
        }
    }

    @Test
    void takeOver_withASecondOrganisation_shouldBeRefusedAndLeaveTheSpacePrivate() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            long home = hostCreates(f, "ACME");
            SpaceRequest two = new SpaceRequest("partner", "ACME", "Acme together", "product", "product-team",
                    List.of("mia"), List.of("acme-customers", "globex-customers"), SpacesFixture.TODAY.plusDays(30),
                    null);

            assertThatThrownBy(() -> target(f).takeOver(home, two, CREATOR)).isInstanceOf(SpaceRefusedException.class);

            assertThat(f.admin.grants("ACME")).containsAll(DEFAULTS);
            assertThat(f.host.db().count(AOCustomerSpace.class)).isZero();
        }
    }

    @Test
    void takeOver_whenTheHostFailsPartWay_shouldLockTheSpaceDownAndWriteNoRow() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            long home = hostCreates(f, "ACME");
            f.admin.failOn("createPage", 3);

            assertThatThrownBy(() -> target(f).takeOver(home, SpacesFixture.request(SpaceTemplate.PARTNER, "ACME"),
                    CREATOR)).isInstanceOf(SpaceAdministrationException.class);

            assertThat(f.admin.spaceExists("ACME")).isTrue();
            assertThat(f.admin.grants("ACME")).isEqualTo(creatorOnly());
            assertThat(f.host.db().count(AOCustomerSpace.class)).isZero();
            assertThat(f.host.db().count(AOSpaceAudit.class)).isZero();
            assertThat(hostLog).noneMatch(e -> e.contains("|created|"));
        }
    }

    @Test
    void takeOver_ofASpaceAlreadyOurs_shouldBeRefusedAsAKeyInUse() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            long home = hostCreates(f, "ACME");
            HostCreatedSpaces target = target(f);
            target.takeOver(home, SpacesFixture.request(SpaceTemplate.PARTNER, "ACME"), CREATOR);

            assertThatThrownBy(() -> target.takeOver(home, SpacesFixture.request(SpaceTemplate.PARTNER, "ACME"),
                    CREATOR)).isInstanceOf(SpaceRefusedException.class)
                    .satisfies(e -> assertThat(((SpaceRefusedException) e).status()).isEqualTo(409));
            assertThat(f.spaces.audit().entries("ACME")).hasSize(1);
        }
    }

    private HostCreatedSpaces target(SpacesFixture f) {
        return new HostCreatedSpaces(f.admin, f.host.directory(), f.host.vm().teamCatalog(), f.host.db().ao(),
                f.host.messages(), f.host.clock(), log);
    }

    /** As Confluence's {@code createSpace}: the creator's permissions and then the site's defaults. */
    private static long hostCreates(SpacesFixture f, String key) {
        long home = f.admin.createPrivateSpace(key, "Home", CREATOR);
        DEFAULTS.forEach(g -> f.admin.grant(key, g));
        return home;
    }

    private static Set<SpaceGrant> creatorOnly() {
        return EnumSet.allOf(SpaceGrant.Permission.class).stream().map(p -> SpaceGrant.user(p, CREATOR))
                .collect(Collectors.toSet());
    }
}
