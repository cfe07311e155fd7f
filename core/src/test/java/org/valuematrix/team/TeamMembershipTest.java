package org.valuematrix.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;

/** A person's teams come from their host groups; the home team is the first in the admin's order. */
class TeamMembershipTest {
    private final TestDatabase db = TestDatabase.h2();
    private final Organisation org = new Organisation(db);
    private final TeamMembership target = org.membership();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void of_personInSeveralTeams_shouldListThemInTheAdminsOrder() {
        org.teamStore().put("support", "Support", TeamKind.INTERNAL, List.of("support"), 1);
        org.teamStore().put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng-devs", "eng-qa"), 0);
        org.teamStore().put("acme", "Acme", TeamKind.CUSTOMER, List.of("acme"), 2);
        org.directory().user("zoe", "Zoe", "support", "acme", "eng-qa", "unrelated");

        Membership m = target.of("zoe");

        assertThat(m.teams()).extracting(Team::key).containsExactly("eng", "support", "acme");
        assertThat(m.home()).map(Team::key).contains("eng");
        assertThat(m.isExternal()).isTrue();
    }

    @Test
    void of_afterTheAdminReordersTeams_shouldChangeTheHomeTeam() {
        org.teamStore().put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng"), 0);
        org.teamStore().put("support", "Support", TeamKind.INTERNAL, List.of("support"), 1);
        org.directory().user("zoe", "Zoe", "eng", "support");
        assertThat(target.of("zoe").home()).map(Team::key).contains("eng");

        org.teamStore().put("support", "Support", TeamKind.INTERNAL, List.of("support"), 0);
        org.teamStore().put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng"), 1);
        org.refresh();

        assertThat(target.of("zoe").home()).map(Team::key).contains("support");
    }

    @Test
    void of_personInNoTeamOrUnknownOrNobody_shouldHaveNoTeam() {
        org.teamStore().put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng"), 0);
        org.directory().user("loner", "Loner", "other");

        assertThat(target.of("loner").teams()).isEmpty();
        assertThat(target.of("ghost").home()).isEmpty();
        assertThat(target.of(null).teams()).isEmpty();
        assertThat(target.of("loner").isExternal()).isFalse();
    }

    @Test
    void of_internalTeamsOnly_shouldNotBeExternal() {
        org.teamStore().put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng"), 0);
        org.teamStore().put("support", "Support", TeamKind.INTERNAL, List.of("support"), 1);
        org.directory().user("zoe", "Zoe", "eng", "support");

        assertThat(target.of("zoe").isExternal()).isFalse();
    }
}
