package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.Entities;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.spi.EntityAccessException;
import org.valuematrix.team.ao.AOTeam;

@ExtendWith(MockitoExtension.class)
class AoEntityAccessTest {
    @Mock
    private ActiveObjects ao;
    private AoEntityAccess target;

    @BeforeEach
    void setUp() {
        target = new AoEntityAccess(ao);
    }

    @Test
    void migrate_shouldLeaveSchemaWorkToTheAoModule() {
        target.migrate(Entities.asArray());

        verifyNoInteractions(ao);
    }

    @Test
    void find_shouldDelegateToTheHost() {
        Query query = Query.select();
        AOTeam[] rows = new AOTeam[0];
        when(ao.find(AOTeam.class, query)).thenReturn(rows);

        assertThat(target.find(AOTeam.class, query)).isSameAs(rows);
    }

    @Test
    void createRows_shouldUseTheHostsBulkInsert() {
        List<Map<String, Object>> rows = List.of(Map.of("SOURCE_ID", "a"), Map.of("SOURCE_ID", "b"));

        target.create(AOActivityEvent.class, rows);

        verify(ao).create(AOActivityEvent.class, rows);
    }

    @Test
    void countAndDelete_shouldDelegateToTheHost() {
        Query query = Query.select().where("KEY = ?", "eng");
        when(ao.count(AOTeam.class, query)).thenReturn(3);
        when(ao.deleteWithSQL(AOTeam.class, "KEY = ?", "eng")).thenReturn(1);

        assertThat(target.count(AOTeam.class, query)).isEqualTo(3);
        assertThat(target.deleteWithSQL(AOTeam.class, "KEY = ?", "eng")).isEqualTo(1);
    }

    @Test
    void executeInTransaction_shouldRunTheWorkInTheHostsTransaction() {
        when(ao.executeInTransaction(any())).thenAnswer(i -> ((TransactionCallback<?>) i.getArgument(0)).doInTransaction());

        assertThat(target.executeInTransaction(() -> "done")).isEqualTo("done");
    }

    @Test
    void executeInTransaction_shouldPropagateTheWorksOwnExceptionUnchanged() {
        IllegalArgumentException own = new IllegalArgumentException("bad event");
        when(ao.executeInTransaction(any())).thenAnswer(i -> ((TransactionCallback<?>) i.getArgument(0)).doInTransaction());

        assertThatThrownBy(() -> target.executeInTransaction(() -> {
            throw own;
        })).isSameAs(own);
    }

    @Test
    void sqlFailure_shouldBecomeAnEntityAccessException() {
        Query query = Query.select();
        when(ao.find(AOTeam.class, query)).thenThrow(new IllegalStateException("AO", new SQLException("deadlock")));

        assertThatThrownBy(() -> target.find(AOTeam.class, query))
                .isInstanceOf(EntityAccessException.class).hasMessage("deadlock");
    }
}
