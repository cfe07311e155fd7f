package org.valuematrix.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.NotFoundException;
import org.valuematrix.spaces.ao.AOSpaceAudit;
import org.valuematrix.spaces.ao.AOSpaceProject;
import org.valuematrix.spi.EntityAccessException;
import org.valuematrix.spi.HostAuditLog;
import org.valuematrix.spi.ProjectAdministrationException;
import org.valuematrix.spi.ProjectGrant;
import org.valuematrix.testing.EventBuilder;

/**
 * Linking a project to a customer-facing space on H2: the preview changes nothing, an administrator
 * applies exactly browse and comment for the external group, a moderator links only where nothing
 * changes, unlinking takes back exactly what the link added, every step is audited, a failure
 * leaves nothing behind, and the space's stream shows the project's activity to those who may
 * browse the project, no one else.
 */
class ProjectLinksTest {
    private static final ProjectGrant BROWSE = new ProjectGrant("acme-customers", ProjectGrant.BROWSE_PROJECTS);
    private static final ProjectGrant COMMENT = new ProjectGrant("acme-customers", ProjectGrant.ADD_COMMENTS);
    private SpacesFixture f;
    private ProjectLinks target;

    @BeforeEach
    void space() {
        f = SpacesFixture.onH2();
        f.host.containers().space("ACME", "Acme together", "product-team", "acme-customers")
                .project("SD", "Service desk", "staff").project("HRP", "HR cases", "hr");
        f.projects.project("SD", "staff").project("HRP", "hr");
        f.host.owner("SD", "product");
        f.create(SpaceTemplate.CUSTOMER_COLLABORATION, "ACME");
        f.move("ACME", SpaceStage.INVITED, "admin");
        target = f.spaces.projectLinks();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ProjectLinks.Outcome link(String user, String project, boolean confirm, boolean grant) {
        return target.link("ACME", user, f.host.directory().isAdmin(user),
                new ProjectLinkRequest(project, "Acme raises tickets there", confirm, grant));
    }

    private static List<String> rules(ProjectLinks.Outcome o, Finding.Level level) {
        List<String> out = new ArrayList<>();
        o.findings().stream().filter(x -> x.level() == level).forEach(x -> out.add(x.rule()));
        return out;
    }

    @Test
    void thePreviewNamesTheGrantsNeededAndChangesNothing() {
        int audit = f.spaces.audit().count("ACME");
        ProjectLinks.Outcome o = link("mia", "SD", false, true);
        assertThat(o.added()).containsExactly(BROWSE, COMMENT);
        assertThat(o.held()).isEmpty();
        assertThat(rules(o, Finding.Level.REFUSED)).containsExactly("adminConfirms");
        assertThat(rules(o, Finding.Level.PASSED)).containsExactly("owner");
        assertThat(f.projects.changes()).isZero();
        assertThat(f.host.db().count(AOSpaceProject.class)).isZero();
        assertThat(f.spaces.audit().count("ACME")).isEqualTo(audit);
    }

    @Test
    void anAdministratorConfirmsExactlyBrowseAndCommentAndTheAuditSaysSo() {
        ProjectLinks.Outcome o = link("admin", "SD", true, true);
        assertThat(o.linked()).isTrue();
        assertThat(f.projects.grants("SD")).containsExactlyInAnyOrder(BROWSE, COMMENT,
                new ProjectGrant("staff", ProjectGrant.BROWSE_PROJECTS),
                new ProjectGrant("staff", ProjectGrant.ADD_COMMENTS));
        Map<String, Object> entry = f.spaces.audit().entries("ACME").get(0);
        assertThat(entry.get("action")).isEqualTo(SpaceAudit.PROJECT_LINKED);
        assertThat(entry.get("reason")).isEqualTo("Acme raises tickets there");
        assertThat(entry.get("diff")).isEqualTo(List.of("project:SD", "+BROWSE_PROJECTS group:acme-customers",
                "+ADD_COMMENTS group:acme-customers"));
        assertThat(target.list(f.spaces.store().space("ACME").orElseThrow(), "mia", false))
                .singleElement().satisfies(l -> {
                    assertThat(l.get("project")).isEqualTo("SD");
                    assertThat(l.get("externalGroups")).isEqualTo(List.of("acme-customers"));
                });
        assertThatThrownBy(() -> link("admin", "SD", false, true)).isInstanceOfSatisfying(SpaceRefusedException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.findings().get(0).rule()).isEqualTo("linkedHere");
                });
    }

    @Test
    void aModeratorLinksOnlyWhereNoPermissionChanges() {
        ProjectLinks.Outcome refused = link("mia", "SD", true, true);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.linked()).isFalse();
        assertThat(f.projects.changes()).isZero();

        ProjectLinks.Outcome without = link("mia", "SD", true, false);
        assertThat(without.linked()).isTrue();
        assertThat(without.added()).isEmpty();
        assertThat(rules(without, Finding.Level.WARNING)).containsExactly("notGranted");
        assertThat(f.projects.changes()).isZero();

        f.host.containers().project("SUP", "Support", "staff", "acme-customers");
        f.projects.project("SUP", "staff", "acme-customers");
        ProjectLinks.Outcome held = link("mia", "SUP", true, true);
        assertThat(held.linked()).isTrue();
        assertThat(held.held()).containsExactly(BROWSE, COMMENT);
        assertThat(rules(held, Finding.Level.PASSED)).contains("hasAccess");
        assertThat(rules(held, Finding.Level.WARNING)).containsExactly("noOwner");
        assertThat(f.projects.changes()).isZero();
    }

    @Test
    void theSafetyRulesRefuseWhatWouldOpenTheProjectWrongly() {
        f.projects.shared("SD");
        assertThat(rules(link("admin", "SD", true, true), Finding.Level.REFUSED)).containsExactly("sharedPermissions");

        f.host.containers().project("X", "Extra", "staff");
        f.projects.project("X", "staff");
        f.projects.grant("X", new ProjectGrant("acme-customers", "EDIT_ISSUES"));
        f.projects.grant("X", new ProjectGrant("globex-customers", ProjectGrant.BROWSE_PROJECTS));
        assertThat(rules(link("admin", "X", true, true), Finding.Level.REFUSED))
                .containsExactlyInAnyOrder("tooMuch", "otherOrganisation");

        f.move("ACME", SpaceStage.REHEARSAL, "mia");
        f.projects.project("Y", "staff");
        f.host.containers().project("Y", "Why", "staff");
        assertThat(rules(link("admin", "Y", true, true), Finding.Level.REFUSED)).containsExactly("rehearsal");
        assertThat(f.host.db().count(AOSpaceProject.class)).isZero();
    }

    @Test
    void unknownHiddenAndBadRequestsAnswerAsTheirStatusSays() {
        assertThatThrownBy(() -> link("mia", "NOPE", false, true)).isInstanceOf(NotFoundException.class)
                .hasMessage(ProjectLinks.NO_PROJECT);
        // mia may not browse HR cases: to her it does not exist; an administrator may link it.
        assertThatThrownBy(() -> link("mia", "HRP", false, true)).isInstanceOf(NotFoundException.class)
                .hasMessage(ProjectLinks.NO_PROJECT);
        assertThat(link("admin", "HRP", false, true).added()).containsExactly(BROWSE, COMMENT);
        assertThatThrownBy(() -> link("lou", "SD", false, true)).isInstanceOfSatisfying(SpaceRefusedException.class,
                e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> link("mia", " ", false, true)).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.errors()).containsKey("project"));
        assertThatThrownBy(() -> target.link("ACME", "admin", true, new ProjectLinkRequest("SD", " ", true, true)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.errors()).containsKey("reason"));
        assertThatThrownBy(() -> target.link("NOSPACE", "admin", true, new ProjectLinkRequest("SD", "r", false, true)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHostWithoutProjectsRefusesClearly() {
        Spaces confluence = new Spaces(f.host.db().ao(), f.admin, f.host.directory(), f.host.containers(),
                f.host.vm().teamCatalog(), (t, v) -> 2, f.host.vm().caller(), f.host.messages(), f.host.clock(),
                f.host.scheduler(), null);
        assertThat(confluence.projectLinks().available()).isFalse();
        assertThatThrownBy(() -> confluence.projectLinks().link("ACME", "admin", true,
                new ProjectLinkRequest("SD", "r", false, true))).isInstanceOfSatisfying(SpaceRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.findings().get(0).message(f.host.messages()))
                            .startsWith("Linking needs the Jira project in this host.");
                });
        confluence.close();
    }

    @Test
    void everySentenceOfTheLinkIsInTheBundle() {
        List<Finding> all = new ArrayList<>(link("mia", "SD", false, true).findings());
        all.addAll(link("mia", "SD", false, false).findings());
        for (String rule : List.of("unavailable", "moderatorsOnly", "linkedHere", "linkedElsewhere", "rehearsal",
                "adminConfirms", "sharedPermissions", "tooMuch", "otherOrganisation", "host")) {
            all.add(Finding.link(Finding.Level.REFUSED, rule, "project", "a", "b", "c"));
        }
        for (String rule : List.of("notGranted", "noOwner", "otherOwner", "closedOnRehearsal")) {
            all.add(Finding.link(Finding.Level.WARNING, rule, null, "a", "b", "c"));
        }
        for (String rule : List.of("hasAccess", "owner")) {
            all.add(Finding.link(Finding.Level.PASSED, rule, null, "a", "b"));
        }
        for (Finding x : all) {
            assertThat(x.message(f.host.messages())).as(x.messageKey()).isNotEqualTo(x.messageKey()).doesNotContain("{");
        }
        for (String action : List.of(SpaceAudit.PROJECT_LINKED, SpaceAudit.PROJECT_UNLINKED)) {
            assertThat(f.host.messages().text("vm.spaces.link.audit." + action)).doesNotStartWith("vm.");
            assertThat(f.host.messages().text("vm.spaces.hostaudit.action." + action)).doesNotStartWith("vm.");
        }
    }

    @Test
    void unlinkingTakesBackExactlyWhatTheLinkAdded() {
        f.projects.grant("SD", COMMENT);
        ProjectLinks.Outcome o = link("admin", "SD", true, true);
        assertThat(o.added()).containsExactly(BROWSE);
        // A moderator may always unlink, even a link whose grants an administrator confirmed.
        assertThat(target.unlink("ACME", "SD", "mia", false, "Pilot over")).containsExactly(BROWSE);
        assertThat(f.projects.grants("SD")).contains(COMMENT).doesNotContain(BROWSE);
        assertThat(f.host.db().count(AOSpaceProject.class)).isZero();
        Map<String, Object> entry = f.spaces.audit().entries("ACME").get(0);
        assertThat(entry.get("action")).isEqualTo(SpaceAudit.PROJECT_UNLINKED);
        assertThat(entry.get("diff")).isEqualTo(List.of("project:SD", "-BROWSE_PROJECTS group:acme-customers"));
        assertThatThrownBy(() -> target.unlink("ACME", "SD", "mia", false, "again"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> target.unlink("ACME", "SD", "lou", false, "not mine"))
                .isInstanceOfSatisfying(SpaceRefusedException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void backInRehearsal_theCustomersLoseTheLinkedProjectToo() {
        f.projects.grant("SD", COMMENT);
        link("admin", "SD", true, true);

        StageChanges.Outcome preview = f.spaces.stages().change("ACME", "mia", false,
                new StageChange(SpaceStage.REHEARSAL, null, false, null));
        assertThat(preview.findings()).anySatisfy(x -> {
            assertThat(x.rule()).isEqualTo("closedOnRehearsal");
            assertThat(x.message(f.host.messages())).contains("SD").doesNotContain("{");
        });
        assertThat(f.projects.grants("SD")).contains(BROWSE);

        f.move("ACME", SpaceStage.REHEARSAL, "mia");
        assertThat(f.projects.grants("SD")).as("only what the link added is taken back").contains(COMMENT)
                .doesNotContain(BROWSE);
        assertThat(f.host.db().count(AOSpaceProject.class)).isZero();
        assertThat(f.spaces.audit().entries("ACME")).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo(SpaceAudit.PROJECT_UNLINKED);
            assertThat(e.get("reason")).isEqualTo("because the test says so");
        });
    }

    @Test
    void atTheAccessExpiry_theLinkedProjectClosesWithTheSpace() {
        link("admin", "SD", true, true);
        assertThat(f.projects.grants("SD")).contains(BROWSE, COMMENT);

        f.host.clock().set(java.time.Instant.parse("2027-03-15T09:00:00Z"));
        f.spaces.expiry().run();

        assertThat(f.spaces.store().space("ACME").orElseThrow().stage()).isEqualTo(SpaceStage.REHEARSAL);
        assertThat(f.projects.grants("SD")).doesNotContain(BROWSE, COMMENT);
        assertThat(f.host.db().count(AOSpaceProject.class)).isZero();
        assertThat(f.spaces.audit().entries("ACME")).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo(SpaceAudit.PROJECT_UNLINKED);
            assertThat(e.get("actor")).isEqualTo(SpaceAudit.SYSTEM);
        });
    }

    @Test
    void aFailureOfTheHostOrTheDatabaseLeavesNothingBehind() {
        int audit = f.spaces.audit().count("ACME");
        f.projects.failOn("grant", 2);
        assertThatThrownBy(() -> link("admin", "SD", true, true)).isInstanceOf(ProjectAdministrationException.class);
        assertThat(f.projects.grants("SD")).doesNotContain(BROWSE, COMMENT);
        assertThat(f.host.db().count(AOSpaceProject.class)).isZero();
        assertThat(f.spaces.audit().count("ACME")).isEqualTo(audit);

        SpaceCreationTest.FailingAccess failing = new SpaceCreationTest.FailingAccess(f.host.db().ao(), "AOSpaceAudit");
        Spaces broken = new Spaces(failing, f.admin, f.host.directory(), f.host.containers(), f.host.vm().teamCatalog(),
                (t, v) -> 2, f.host.vm().caller(), f.host.messages(), f.host.clock(), f.host.scheduler(), null,
                HostAuditLog.NONE, f.projects);
        assertThatThrownBy(() -> broken.projectLinks().link("ACME", "admin", true,
                new ProjectLinkRequest("SD", "reason", true, true))).isInstanceOf(EntityAccessException.class);
        assertThat(f.projects.grants("SD")).doesNotContain(BROWSE, COMMENT);
        assertThat(f.host.db().count(AOSpaceProject.class)).isZero();
        assertThat(f.host.db().count(AOSpaceAudit.class)).isEqualTo(audit);
        broken.close();

        link("admin", "SD", true, true);
        f.projects.failOn("revoke", 2);
        assertThatThrownBy(() -> target.unlink("ACME", "SD", "admin", true, "stop"))
                .isInstanceOf(ProjectAdministrationException.class);
        assertThat(f.projects.grants("SD")).contains(BROWSE, COMMENT);
        assertThat(f.host.db().count(AOSpaceProject.class)).isOne();
    }

    @Test
    void theSpacesStreamShowsTheLinkedProjectsActivityToThoseWhoMayBrowseIt() {
        link("admin", "SD", true, true);
        link("admin", "HRP", true, false);
        f.host.ingest(EventBuilder.interaction("carla", "ian").verb(Verb.COMMENTED).in("SD").product("jira")
                        .sourceId("sd-1").build(),
                EventBuilder.interaction("ian", "mia").verb(Verb.COMMENTED).in("HRP").product("jira")
                        .sourceId("hr-1").build(),
                EventBuilder.interaction("mia", "carla").verb(Verb.COMMENTED).in("ACME").sourceId("acme-1").build());
        StreamFilter space = StreamFilter.latest(25).withContainers(Set.of("ACME"));
        assertThat(sources("carla", space)).containsExactlyInAnyOrder("sd-1", "acme-1");
        assertThat(f.host.vm().streamService().page("carla", space).items())
                .filteredOn(e -> "sd-1".equals(e.captured().sourceId()))
                .singleElement().satisfies(e -> assertThat(e.scope().orElseThrow().name()).isEqualTo("EXTERNAL"));
        // HR cases is linked, but only the hr group may browse it: nobody here sees its entries.
        assertThat(sources("mia", space)).containsExactlyInAnyOrder("sd-1", "acme-1");
        // The administrator's own host permissions trim too: staff browse Service desk, not the space.
        assertThat(sources("admin", space)).containsExactly("sd-1");
        assertThat(sources("gary", space)).isEmpty();
        // The link is the space's: the project's own stream stays the project's.
        assertThat(sources("mia", StreamFilter.latest(25).withContainers(Set.of("SD")))).containsExactly("sd-1");

        target.unlink("ACME", "SD", "mia", false, "over");
        assertThat(sources("mia", space)).containsExactly("acme-1");
    }

    private List<String> sources(String viewer, StreamFilter filter) {
        List<String> out = new ArrayList<>();
        f.host.vm().streamService().page(viewer, filter).items().forEach(e -> out.add(e.captured().sourceId()));
        return out;
    }
}
