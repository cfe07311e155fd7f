package org.valuematrix.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;

/**
 * Who sees which teams: administrators and the viewer group everything with groups, internal
 * people every team without groups, outsiders the internal teams and their own organisation.
 */
class TeamVisibilityTest {
    private final TestDatabase db = TestDatabase.h2();
    private final Organisation org = new Organisation(db).standard();
    private final TeamVisibility target = new TeamVisibility(org.directory(), org.catalog(), org.membership(),
            Optional.of("auditors"));

    @AfterEach
    void close() {
        db.close();
    }

    private static List<String> keys(VisibleTeams visible) {
        return visible.teams().stream().map(Team::key).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void admin_shouldSeeEveryTeamAndItsGroups() {
        org.directory().admin("root");

        VisibleTeams visible = target.of("root");

        assertThat(keys(visible)).containsExactly("eng", "support", "acme", "partnerco");
        assertThat(visible.showsGroups()).isTrue();
    }

    @Test
    void viewerGroupMember_shouldSeeWhatAdministratorsSee() {
        org.directory().user("audrey", "Audrey", "auditors");

        VisibleTeams visible = target.of("audrey");

        assertThat(keys(visible)).containsExactly("eng", "support", "acme", "partnerco");
        assertThat(visible.showsGroups()).isTrue();
        assertThat(new TeamVisibility(org.directory(), org.catalog(), org.membership(), Optional.empty()).of("audrey")
                .showsGroups()).as("without a viewer group in the settings").isFalse();
    }

    @Test
    void internalPeopleAndPeopleWithoutTeam_shouldSeeEveryTeamButNoGroups() {
        for (String viewer : List.of("ann", "eve")) {
            VisibleTeams visible = target.of(viewer);

            assertThat(keys(visible)).as(viewer).containsExactly("eng", "support", "acme", "partnerco");
            assertThat(visible.showsGroups()).as(viewer).isFalse();
        }
    }

    @Test
    void customer_shouldSeeInternalTeamsAndTheirOwnOnly() {
        VisibleTeams visible = target.of("dora");

        assertThat(keys(visible)).containsExactly("eng", "support", "acme");
        assertThat(visible.contains("partnerco")).isFalse();
        assertThat(visible.team("partnerco")).isEmpty();
        assertThat(visible.contains("acme")).isTrue();
        assertThat(visible.showsGroups()).isFalse();
    }

    @Test
    void personInAnInternalAndACustomerTeam_shouldSeeAsAnOutsider() {
        org.directory().user("sid", "Sid", "support", "partnerco");

        assertThat(keys(target.of("sid"))).containsExactly("eng", "support", "partnerco");
    }

    @Test
    void anonymous_shouldSeeInternalTeamsOnly() {
        assertThat(keys(target.of(null))).containsExactly("eng", "support");
    }

    @Test
    void mayName_deletedTeam_shouldBeNamedToInsidersOnly() {
        assertThat(target.of("ann").mayName("gone")).isTrue();
        assertThat(target.of("dora").mayName("gone")).isFalse();
        assertThat(target.of("dora").mayName("partnerco")).isFalse();
        assertThat(target.of("dora").mayName("eng")).isTrue();
    }

    @Test
    void sees_shouldJudgeATeamByItsKindNow() {
        VisibleTeams dora = target.of("dora");

        assertThat(dora.sees(new Team("newco", "NewCo", TeamKind.CUSTOMER, List.of("newco"), 9))).isFalse();
        assertThat(dora.sees(new Team("ops", "Ops", TeamKind.INTERNAL, List.of("ops"), 9))).isTrue();
    }
}
