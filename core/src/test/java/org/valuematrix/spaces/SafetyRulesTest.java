package org.valuematrix.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.spi.SpaceGrant;

/** Each safety rule: the bad situation is refused or warned, with the sentence the bundle documents. */
class SafetyRulesTest {
    private SpacesFixture f;

    @BeforeEach
    void start() {
        f = SpacesFixture.onH2();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private SpaceRefusedException refusedCreation(List<String> externals, String overrideReason, boolean admin) {
        SpaceRequest r = new SpaceRequest("customer-collaboration", "S1", "Acme", "product", "product-team",
                List.of("mia"), externals, SpacesFixture.TODAY.plusDays(30), overrideReason);
        return (SpaceRefusedException) org.junit.jupiter.api.Assertions.assertThrows(SpaceRefusedException.class,
                () -> f.spaces.creation().create(r, "mia", admin));
    }

    private static List<String> messages(SpaceRefusedException e, SpacesFixture f) {
        return e.findings().stream().map(x -> x.message(f.host.messages())).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void anExternalGroupThatIsAnInternalTeamsGroupIsRefused() {
        SpaceRefusedException e = refusedCreation(List.of("product-team"), null, false);
        assertThat(e.status()).isEqualTo(400);
        assertThat(messages(e, f)).containsExactly(
                "The group product-team belongs to an internal team; choose the group of the customer or partner organisation.");
        assertThat(f.admin.spaceCount()).isZero();
    }

    @Test
    void anExternalGroupSharingMembersWithTheInternalGroupIsRefused() {
        SpaceRefusedException e = refusedCreation(List.of("mixed"), null, false);
        assertThat(messages(e, f)).containsExactly("The group mixed shares members with the internal group "
                + "product-team; a customer or partner group must not contain internal people.");
    }

    @Test
    void aSecondOrganisationIsRefusedUnlessAnAdministratorGivesAReason() {
        SpaceRefusedException e = refusedCreation(List.of("acme-customers", "globex-customers"), "joint project", false);
        assertThat(messages(e, f)).containsExactly("Globex is a second organisation besides Acme: one customer or "
                + "partner organisation per space, unless an administrator allows it with a reason.");

        SpaceRequest r = new SpaceRequest("partner", "S2", "Joint", "product", "product-team", List.of("mia"),
                List.of("acme-customers", "globex-customers"), SpacesFixture.TODAY.plusDays(30), "joint project");
        f.spaces.creation().create(r, "admin", true);
        assertThat(f.spaces.audit().entries("S2")).anySatisfy(a -> {
            assertThat(a.get("action")).isEqualTo("override");
            assertThat(a.get("reason")).isEqualTo("joint project");
        });
    }

    @Test
    void anotherOrganisationsGroupAlreadyOnTheSpaceIsRefusedBeforeOpening() {
        f.create(SpaceTemplate.CUSTOMER_COLLABORATION, "S3");
        f.admin.grant("S3", SpaceGrant.group(SpaceGrant.Permission.VIEWSPACE, "globex-customers"));
        StageChanges.Outcome o = f.move("S3", SpaceStage.INVITED, "mia");
        assertThat(o.changed()).isFalse();
        assertThat(o.findings()).anySatisfy(x -> assertThat(x.message(f.host.messages())).isEqualTo(
                "Globex is a second organisation besides Acme: one customer or partner organisation per space, "
                        + "unless an administrator allows it with a reason."));
        assertThat(f.spaces.store().space("S3").orElseThrow().stage()).isEqualTo(SpaceStage.REHEARSAL);
    }

    @Test
    void externalGroupsNeverGetMoreThanViewAndComment() {
        Set<SpaceGrant> target = Set.of(SpaceGrant.group(SpaceGrant.Permission.EDITSPACE, "acme-customers"),
                SpaceGrant.group(SpaceGrant.Permission.VIEWSPACE, "acme-customers"));
        List<Finding> found = SafetyRules.grants(target, List.of("acme-customers"), SpaceStage.INVITED);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).message(f.host.messages()))
                .isEqualTo("The customer or partner group acme-customers may only view and comment, never EDITSPACE.");
        for (SpaceGrant.Permission p : SpaceGrant.Permission.values()) {
            boolean allowed = p == SpaceGrant.Permission.VIEWSPACE || p == SpaceGrant.Permission.COMMENT;
            assertThat(SafetyRules.grants(Set.of(SpaceGrant.group(p, "acme-customers")), List.of("acme-customers"),
                    SpaceStage.PUBLIC)).as(p.name()).hasSize(allowed ? 0 : 1);
        }
    }

    @Test
    void anonymousOrAllLoggedInAccessBeforeThePublicStageIsRefused() {
        f.create(SpaceTemplate.PRODUCT_FEEDBACK, "S4");
        f.admin.grant("S4", SpaceGrant.anonymous(SpaceGrant.Permission.VIEWSPACE));
        f.admin.grant("S4", SpaceGrant.authenticated(SpaceGrant.Permission.VIEWSPACE));
        StageChanges.Outcome o = f.move("S4", SpaceStage.INVITED, "mia");
        assertThat(o.changed()).isFalse();
        assertThat(o.findings()).extracting(x -> x.message(f.host.messages())).contains(
                "Anonymous users have access to the space before the public stage; remove that permission first.",
                "All logged-in users have access to the space, and they include every customer and partner; "
                        + "remove that permission first.");
        // Going back is always allowed, and takes the open access away.
        assertThat(f.move("S4", SpaceStage.REHEARSAL, "mia").changed()).isTrue();
        assertThat(f.admin.grants("S4")).noneMatch(g -> g.subject() != SpaceGrant.Subject.GROUP
                && g.subject() != SpaceGrant.Subject.USER);
    }

    @Test
    void publicIsForAdministratorsOnlyAndModeratorsOnlyChangeStages() {
        f.create(SpaceTemplate.SUPPORT_KNOWLEDGE, "S5");
        assertThatThrownBy(() -> f.move("S5", SpaceStage.PUBLIC, "mia")).isInstanceOfSatisfying(
                SpaceRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(messages(e, f)).containsExactly("Only an administrator may make a space public.");
                });
        assertThatThrownBy(() -> f.move("S5", SpaceStage.INVITED, "ian")).isInstanceOfSatisfying(
                SpaceRefusedException.class, e -> assertThat(messages(e, f)).containsExactly(
                        "Only the moderators of the space and administrators may change its stage or read its audit trail."));
        assertThat(f.spaces.store().space("S5").orElseThrow().stage()).isEqualTo(SpaceStage.REHEARSAL);
    }

    @Test
    void theReadinessGateStopsModeratorsAndLetsAnAdministratorProceedWithARecordedReason() {
        f.stage = 1;
        f.create(SpaceTemplate.PARTNER, "S6");
        StageChanges.Outcome refused = f.move("S6", SpaceStage.INVITED, "mia");
        assertThat(refused.changed()).isFalse();
        assertThat(refused.findings()).extracting(x -> x.message(f.host.messages())).contains("The owning team is at "
                + "stage 1 of the value matrix, not yet at stage 2 (cultural change): opening to customers only happens "
                + "when your business is ready for it. An administrator may open the space with a recorded reason.");

        StageChanges.Outcome o = f.move("S6", SpaceStage.INVITED, "admin");
        assertThat(o.changed()).isTrue();
        assertThat(o.findings()).anySatisfy(x -> {
            assertThat(x.level()).isEqualTo(Finding.Level.WARNING);
            assertThat(x.rule()).isEqualTo("readiness");
        });
        assertThat(f.spaces.audit().entries("S6")).anySatisfy(a -> {
            assertThat(a.get("action")).isEqualTo("override");
            assertThat(a.get("actor")).isEqualTo("admin");
            assertThat(a.get("reason")).isEqualTo("because the test says so");
        });
    }

    @Test
    void thePreOpeningCheckWarnsOfMentionsAttachmentsRestrictionsAndProfiles() {
        f.create(SpaceTemplate.CUSTOMER_COLLABORATION, "S7");
        List<org.valuematrix.testing.InMemorySpaceAdministration.Page> pages = f.admin.rawPages("S7");
        org.valuematrix.testing.InMemorySpaceAdministration.Page norms = pages.stream()
                .filter(p -> p.title.equals("Working norms")).findFirst().orElseThrow();
        norms.body += "<p>Ask <ac:link><ri:user ri:userkey=\"ian\"/></ac:link> or "
                + "<ac:link><ri:user ri:userkey=\"carla\"/></ac:link></p>";
        norms.attachments = 2;
        pages.stream().filter(p -> p.title.equals("Decisions")).findFirst().orElseThrow().viewGroups = Set.of("staff");
        f.admin.profilesVisible("acme-customers");

        StageChanges.Outcome o = f.spaces.stages().change("S7", "mia", false,
                new StageChange(SpaceStage.INVITED, null, false, null));

        assertThat(o.changed()).isFalse();
        assertThat(o.findings()).extracting(x -> x.level() + " " + x.message(f.host.messages())).containsExactlyInAnyOrder(
                "WARNING The page Working norms mentions Ian Insider, who is not in the customer or partner group: "
                        + "customers will see the name.",
                "WARNING The page Working norms has 2 attachments: check that they may be shared.",
                "WARNING The page Decisions has its own view restriction (staff): check whom it lets in or leaves out.",
                "PASSED The page Internal notes is restricted to product-team.",
                "WARNING Members of acme-customers can look up the profiles of everyone in the directory; consider "
                        + "hiding user profiles from them.");
        // Warnings alone do not stop a confirmed change.
        assertThat(f.move("S7", SpaceStage.INVITED, "mia").changed()).isTrue();
    }

    @Test
    void aBrokenInternalNotesRestrictionRefusesTheOpening() {
        f.create(SpaceTemplate.CUSTOMER_COLLABORATION, "S8");
        f.admin.rawPages("S8").stream().filter(p -> p.title.equals("Internal notes")).findFirst().orElseThrow()
                .viewGroups = Set.of();
        StageChanges.Outcome o = f.move("S8", SpaceStage.INVITED, "mia");
        assertThat(o.changed()).isFalse();
        assertThat(o.findings()).extracting(x -> x.message(f.host.messages())).contains(
                "The page Internal notes is not restricted to product-team alone; restore its restriction before "
                        + "opening the space.");
        assertThat(f.admin.grants("S8")).isEqualTo(StagePresetsTest.expected(SpaceStage.REHEARSAL));
    }

    @Test
    void aConfirmedChangeNeedsAReason() {
        f.create(SpaceTemplate.CUSTOMER_COLLABORATION, "S9");
        assertThatThrownBy(() -> f.spaces.stages().change("S9", "mia", false,
                new StageChange(SpaceStage.INVITED, " ", true, null)))
                .isInstanceOfSatisfying(org.valuematrix.rest.BadRequestException.class,
                        e -> assertThat(e.errors()).containsKey("reason"));
    }
}
