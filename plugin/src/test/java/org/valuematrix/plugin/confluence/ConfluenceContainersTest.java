package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.SalFixtures.keyOf;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.space;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.user;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.plugin.SalFixtures;
import org.valuematrix.spi.Container;

@ExtendWith(MockitoExtension.class)
class ConfluenceContainersTest {
    @Mock
    private SpaceManager spaces;
    @Mock
    private PermissionManager permissions;
    @Mock
    private UserAccessor users;
    private ConfluenceContainers target;

    private final Space eng = space("ENG");
    private final Space sales = space("SALES");
    private final Space acme = space("ACME");

    @BeforeEach
    void setUp() {
        target = new ConfluenceContainers(spaces, permissions, users);
    }

    @Test
    void all_shouldListEverySpaceAsAConfluenceContainer() {
        when(spaces.getAllSpaces()).thenReturn(List.of(eng, sales));

        assertThat(target.all()).containsExactly(
                new Container("ENG", "Space ENG", "confluence", "/display/ENG"),
                new Container("SALES", "Space SALES", "confluence", "/display/SALES"));
    }

    @Test
    void byKey_shouldFindTheSpaceOrNothing() {
        when(spaces.getSpace("ENG")).thenReturn(eng);

        assertThat(target.byKey("ENG")).map(Container::key).contains("ENG");
        assertThat(target.byKey("NOPE")).isEmpty();
    }

    @Test
    void visibleTo_shouldAskConfluenceForTheViewableSpacesInOneCall() {
        ConfluenceUser bob = user("bob");
        List<Space> every = List.of(eng, sales, acme);
        when(spaces.getAllSpaces()).thenReturn(every);
        when(permissions.<Space>getPermittedEntities(bob, Permission.VIEW, every)).thenReturn(List.of(eng, acme));

        try (MockedConstruction<UserKey> keys = SalFixtures.userKeys()) {
            when(users.getUserByKey(keyOf("bob"))).thenReturn(bob);

            assertThat(target.visibleTo("bob")).containsExactly("ENG", "ACME");
        }
        verify(permissions, times(1)).getPermittedEntities(any(), any(), any());
        verify(spaces, times(1)).getAllSpaces();
    }

    @Test
    void visibleTo_shouldAskAsAnonymousForANullViewer() {
        List<Space> every = List.of(eng, sales);
        when(spaces.getAllSpaces()).thenReturn(every);
        when(permissions.<Space>getPermittedEntities(isNull(), eq(Permission.VIEW), eq(every))).thenReturn(List.of(sales));

        assertThat(target.visibleTo(null)).containsExactly("SALES");
    }

    @Test
    void visibleTo_shouldBeEmptyForAnUnknownUserRatherThanAnonymousAccess() {
        try (MockedConstruction<UserKey> keys = SalFixtures.userKeys()) {
            when(users.getUserByKey(keyOf("ghost"))).thenReturn(null);

            assertThat(target.visibleTo("ghost")).isEmpty();
        }
        verify(permissions, never()).getPermittedEntities(any(), any(), any());
    }
}
