package org.valuematrix.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.Entities;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.EntityAccessException;
import org.valuematrix.team.ao.AOTeam;
import org.valuematrix.team.ao.AOTeamGroup;
import org.valuematrix.testing.DatabaseContract;

/** The {@link EntityAccess} contract the stores rely on, over a plain AO EntityManager. */
abstract class EntityManagerAccessContract extends DatabaseContract {
    private EntityAccess target;

    @BeforeAll
    void target() {
        target = db.ao();
    }

    @BeforeEach
    void empty() {
        db.clear();
    }

    private static Map<String, Object> team(String key) {
        return Map.of("TEAM_KEY", key, "NAME", key, "KIND", "internal", "POSITION", 0);
    }

    @Test
    void migrate_again_shouldRecogniseTheIndexesItMadeAndKeepTheRows() {
        target.create(AOTeam.class, team("a"));
        List<String> before = db.indexes(AOActivityEvent.class);

        target.migrate(Entities.asArray());

        assertThat(db.indexes(AOActivityEvent.class)).isEqualTo(before)
                .anyMatch(i -> i.endsWith("(OCCURRED_AT,ID,CONTAINER_KEY,SCOPE)"));
        assertThat(db.count(AOTeam.class)).isEqualTo(1);
    }

    @Test
    void executeInTransaction_shouldReadWhatOthersCommittedMeanwhile_asTheProductsReadCommittedDoes()
            throws Exception {
        int[] counts = target.executeInTransaction(() -> {
            int before = target.count(AOTeam.class, Query.select());
            Thread other = new Thread(() -> target.create(AOTeam.class, team("committed-meanwhile")));
            other.start();
            try {
                other.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new int[] {before, target.count(AOTeam.class, Query.select())};
        });

        assertThat(counts).containsExactly(0, 1);
    }

    @Test
    void executeInTransaction_failingWork_shouldRollBackAndRethrowTheSameException() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");

        assertThatThrownBy(() -> target.executeInTransaction(() -> {
            target.create(AOTeam.class, team("a"));
            target.create(AOTeamGroup.class, List.of(Map.of("TEAM_KEY", "a", "GROUP_NAME", "g", "POSITION", 0)));
            throw boom;
        })).isSameAs(boom);

        assertThat(db.count(AOTeam.class)).isZero();
        assertThat(db.count(AOTeamGroup.class)).isZero();
    }

    @Test
    void executeInTransaction_shouldCommitAndReturnWhatTheWorkReturns() {
        String result = target.executeInTransaction(() -> {
            target.create(AOTeam.class, team("a"));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(db.count(AOTeam.class)).isEqualTo(1);
    }

    @Test
    void databaseFailure_shouldBeAnEntityAccessException() {
        target.create(AOTeam.class, team("a"));

        assertThatThrownBy(() -> target.create(AOTeam.class, team("a"))).as("unique TEAM_KEY")
                .isInstanceOf(EntityAccessException.class);
    }

    @Test
    void batchCreate_findCountStreamAndDelete_shouldSeeTheSameRows() {
        target.create(AOTeam.class, List.of(team("a"), team("b"), team("c")));

        assertThat(target.count(AOTeam.class, Query.select().where("TEAM_KEY <> ?", "b"))).isEqualTo(2);
        java.util.List<String> streamed = new java.util.ArrayList<>();
        target.stream(AOTeam.class, net.java.ao.Query.select("ID, TEAM_KEY").order("TEAM_KEY DESC"),
                t -> streamed.add(t.getTeamKey()));
        assertThat(streamed).containsExactly("c", "b", "a");
        assertThat(target.deleteWithSQL(AOTeam.class, "TEAM_KEY IN (?,?)", "a", "c")).isEqualTo(2);
        target.delete(target.find(AOTeam.class, Query.select()));
        assertThat(db.count(AOTeam.class)).isZero();
    }
}
