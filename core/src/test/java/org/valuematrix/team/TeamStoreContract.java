package org.valuematrix.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.team.ao.AOContainerTeam;
import org.valuematrix.team.ao.AOTeamGroup;
import org.valuematrix.testing.DatabaseContract;

/** What {@link TeamStore} promises, run on every database the hosts use. */
abstract class TeamStoreContract extends DatabaseContract {
    private TeamStore target;

    @BeforeEach
    void emptyTables() {
        db.clear();
        target = new TeamStore(db.ao());
    }

    @Test
    void put_newTeam_shouldBeCreatedWithItsGroupsInOrder() {
        TeamStore.Saved saved = target.put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng-devs", "eng-qa"), null);

        assertThat(saved.created).isTrue();
        assertThat(target.all()).containsExactly(
                new Team("eng", "Engineering", TeamKind.INTERNAL, List.of("eng-devs", "eng-qa"), 0));
        assertThat(target.byKey("eng")).contains(saved.team);
    }

    @Test
    void put_existingTeam_shouldReplaceNameKindAndGroupsAndKeepPosition() {
        target.put("a", "A", TeamKind.INTERNAL, List.of("x"), null);
        target.put("acme", "Acme", TeamKind.INTERNAL, List.of("acme-old", "shared"), null);

        TeamStore.Saved saved = target.put("acme", "Acme Corp", TeamKind.CUSTOMER, List.of("acme-users"), null);

        assertThat(saved.created).isFalse();
        assertThat(target.byKey("acme")).contains(
                new Team("acme", "Acme Corp", TeamKind.CUSTOMER, List.of("acme-users"), 1));
        assertThat(db.count(AOTeamGroup.class)).as("old groups are gone").isEqualTo(2);
    }

    @Test
    void put_withoutPosition_shouldPlaceNewTeamsLast() {
        target.put("a", "A", TeamKind.INTERNAL, List.of("ga"), 5);
        target.put("b", "B", TeamKind.PARTNER, List.of("gb"), null);

        assertThat(target.byKey("b").orElseThrow().position()).isEqualTo(6);
    }

    @Test
    void all_shouldFollowTheAdminsOrderNotCreationOrder() {
        target.put("support", "Support", TeamKind.INTERNAL, List.of("support"), 2);
        target.put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng"), 0);
        target.put("sales", "Sales", TeamKind.INTERNAL, List.of("sales"), 1);

        assertThat(target.all()).extracting(Team::key).containsExactly("eng", "sales", "support");

        target.put("support", "Support", TeamKind.INTERNAL, List.of("support"), 0);
        target.put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng"), 3);

        assertThat(target.all()).extracting(Team::key).containsExactly("support", "sales", "eng");
    }

    @Test
    void all_samePosition_shouldKeepCreationOrder() {
        target.put("second", "Second", TeamKind.INTERNAL, List.of("g"), 1);
        target.put("first", "First", TeamKind.INTERNAL, List.of("g"), 0);
        target.put("third", "Third", TeamKind.INTERNAL, List.of("g"), 1);

        assertThat(target.all()).extracting(Team::key).containsExactly("first", "second", "third");
    }

    @Test
    void put_shouldKeepUnicodeAndLongNamesIntact() {
        String name = "Équipe produit ✓ — 製品チーム";
        String group = "g".repeat(255);

        target.put("prod", name, TeamKind.INTERNAL, List.of(group, "ü-group"), null);

        Team t = target.byKey("prod").orElseThrow();
        assertThat(t.name()).isEqualTo(name);
        assertThat(t.groups()).containsExactly(group, "ü-group");
    }

    @Test
    void delete_shouldRemoveTeamItsGroupsAndItsContainerMappings() {
        target.put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng", "qa"), null);
        target.put("sales", "Sales", TeamKind.INTERNAL, List.of("sales"), null);
        target.setOwner("ENG", "eng");
        target.setOwner("CRM", "sales");

        assertThat(target.delete("eng")).isTrue();

        assertThat(target.all()).extracting(Team::key).containsExactly("sales");
        assertThat(target.containerOwners()).containsExactly(Map.entry("CRM", "sales"));
        assertThat(db.count(AOTeamGroup.class)).isEqualTo(1);
    }

    @Test
    void delete_unknownTeam_shouldAnswerFalseAndChangeNothing() {
        target.put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng"), null);

        assertThat(target.delete("nope")).isFalse();
        assertThat(target.all()).hasSize(1);
    }

    @Test
    void setOwner_shouldMapRemapAndUnmapContainers() {
        target.put("eng", "Engineering", TeamKind.INTERNAL, List.of("eng"), null);
        target.put("ops", "Operations", TeamKind.INTERNAL, List.of("ops"), null);

        target.setOwner("ZED", "eng");
        target.setOwner("ENG", "eng");
        target.setOwner("OPS", "eng");
        target.setOwner("OPS", "ops");
        target.setOwner("ZED", null);

        assertThat(target.containerOwners()).containsExactly(Map.entry("ENG", "eng"), Map.entry("OPS", "ops"));
        assertThat(db.count(AOContainerTeam.class)).isEqualTo(2);
    }

    @Test
    void setOwner_unmappingAnUnmappedContainer_shouldDoNothing() {
        target.setOwner("ENG", null);

        assertThat(target.containerOwners()).isEmpty();
    }
}
