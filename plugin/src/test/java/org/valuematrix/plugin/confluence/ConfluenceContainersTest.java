package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.SalFixtures.keyOf;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.apiSpace;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.pageRequests;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.user;

import com.atlassian.confluence.api.model.content.Space;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.SimplePageRequest;
import com.atlassian.confluence.api.service.content.SpaceService;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.security.denormalisedpermissions.BulkPermissionService;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.plugin.SalFixtures;
import org.valuematrix.spi.Container;

@ExtendWith(MockitoExtension.class)
class ConfluenceContainersTest {
    private static final int SITE = 10_000;

    @Mock
    private SpaceManager spaceManager;
    @Mock
    private SpaceService spaceService;
    @Mock
    private BulkPermissionService permissions;
    @Mock
    private UserAccessor users;
    @Mock
    private SpacePermissionManager spacePermissions;

    @Test
    void visibleTo_shouldAskConfluenceOnceForEverySpaceAUserMayView() {
        ConfluenceUser bob = user("bob");
        Map<String, Boolean> statuses = new HashMap<>();
        IntStream.range(0, SITE).forEach(i -> statuses.put(key(i), i % 7 == 0));
        when(permissions.getAllSpaceKeysWithPermissionStatuses(bob, "VIEWSPACE")).thenReturn(statuses);
        ConfluenceContainers target = new ConfluenceContainers(spaceManager, spaceService, permissions, users, spacePermissions);

        Set<String> visible;
        try (MockedConstruction<UserKey> keys = SalFixtures.userKeys()) {
            when(users.getUserByKey(keyOf("bob"))).thenReturn(bob);
            visible = target.visibleTo("bob");
        }

        assertThat(visible).hasSize(1429).contains(key(0), key(7), key(9996)).doesNotContain(key(1), key(9999));
        verify(permissions, times(1)).getAllSpaceKeysWithPermissionStatuses(any(), any());
        verifyNoInteractions(spaceManager, spaceService);
    }

    @Test
    void visibleTo_shouldAskAsAnonymousForANullViewer() {
        when(permissions.getAllSpaceKeysWithPermissionStatuses(isNull(), eq("VIEWSPACE")))
                .thenReturn(Map.of("SALES", true, "ENG", false));
        ConfluenceContainers target = new ConfluenceContainers(spaceManager, spaceService, permissions, users, spacePermissions);

        assertThat(target.visibleTo(null)).containsExactly("SALES");
        verifyNoInteractions(users);
    }

    @Test
    void visibleTo_shouldBeEmptyForAnUnknownUserRatherThanAnonymousAccess() {
        ConfluenceContainers target = new ConfluenceContainers(spaceManager, spaceService, permissions, users, spacePermissions);

        try (MockedConstruction<UserKey> keys = SalFixtures.userKeys()) {
            when(users.getUserByKey(keyOf("ghost"))).thenReturn(null);

            assertThat(target.visibleTo("ghost")).isEmpty();
        }
        verify(permissions, never()).getAllSpaceKeysWithPermissionStatuses(any(), any());
    }

    @Test
    void all_shouldNameEverySpaceOfALargeSiteInBatchesThatEachStartAtTheFirstPage() {
        List<Space> site = IntStream.range(0, SITE).mapToObj(i -> apiSpace(key(i))).collect(Collectors.toList());
        List<String> current = keys(0, SITE - 100);
        Collections.reverse(current);
        keysOnSite(current, keys(SITE - 100, SITE));
        SpaceServiceFake spaces = new SpaceServiceFake(site, ConfluenceContainers.PAGE);
        ConfluenceContainers target = new ConfluenceContainers(spaceManager, spaces, permissions, users, spacePermissions);

        List<Container> all;
        try (MockedConstruction<SimplePageRequest> requests = pageRequests()) {
            all = target.all();
        }

        assertThat(all).hasSize(SITE).doesNotHaveDuplicates();
        assertThat(all.get(0)).isEqualTo(new Container(key(0), "Space " + key(0), "confluence", "/display/" + key(0)));
        assertThat(all).extracting(Container::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(spaces.finders).hasSize(SITE / ConfluenceContainers.PAGE)
                .allSatisfy(keys -> assertThat(keys).hasSizeLessThanOrEqualTo(ConfluenceContainers.PAGE));
        assertThat(spaces.pages).extracting(PageRequest::getStart).containsOnly(0);
    }

    @Test
    void all_shouldFollowTheHostsPagesWhenItAnswersFewerSpacesThanAsked() {
        List<Space> site = IntStream.range(0, 1_234).mapToObj(i -> apiSpace(key(i))).collect(Collectors.toList());
        keysOnSite(keys(0, 1_234), List.of());
        SpaceServiceFake spaces = new SpaceServiceFake(site, 100);
        ConfluenceContainers target = new ConfluenceContainers(spaceManager, spaces, permissions, users, spacePermissions);

        List<Container> all;
        try (MockedConstruction<SimplePageRequest> requests = pageRequests()) {
            all = target.all();
        }

        assertThat(all).extracting(Container::key).hasSize(1_234).doesNotHaveDuplicates();
        assertThat(spaces.pages).extracting(PageRequest::getStart).contains(0, 100, 400);
    }

    @Test
    void all_shouldKeepArchivedSpaces() {
        keysOnSite(List.of("ENG"), List.of("OLD"));
        SpaceServiceFake spaces = new SpaceServiceFake(List.of(apiSpace("ENG"), apiSpace("OLD")), ConfluenceContainers.PAGE);
        ConfluenceContainers target = new ConfluenceContainers(spaceManager, spaces, permissions, users, spacePermissions);

        try (MockedConstruction<SimplePageRequest> requests = pageRequests()) {
            assertThat(target.all()).extracting(Container::key).containsExactly("ENG", "OLD");
        }
    }

    @Test
    void all_shouldListOnlyTheSpacesConfluenceShowsTheSignedInUser() {
        keysOnSite(List.of("ENG", "HR", "SALES"), List.of());
        SpaceServiceFake spaces = new SpaceServiceFake(List.of(apiSpace("ENG"), apiSpace("SALES")), ConfluenceContainers.PAGE);
        ConfluenceContainers target = new ConfluenceContainers(spaceManager, spaces, permissions, users, spacePermissions);

        try (MockedConstruction<SimplePageRequest> requests = pageRequests()) {
            assertThat(target.all()).extracting(Container::key).containsExactly("ENG", "SALES");
        }
    }

    @Test
    void all_shouldAskForNoSpaceWhenTheSiteHasNone() {
        keysOnSite(List.of(), List.of());
        ConfluenceContainers target = new ConfluenceContainers(spaceManager, spaceService, permissions, users, spacePermissions);

        assertThat(target.all()).isEmpty();
        verifyNoInteractions(spaceService);
    }

    @Test
    void byKey_shouldFindTheSpaceOrNothing() {
        SpaceServiceFake spaces = new SpaceServiceFake(List.of(apiSpace("ENG"), apiSpace("SALES")), ConfluenceContainers.PAGE);
        ConfluenceContainers target = new ConfluenceContainers(spaceManager, spaces, permissions, users, spacePermissions);

        try (MockedConstruction<SimplePageRequest> requests = pageRequests()) {
            assertThat(target.byKey("ENG")).contains(new Container("ENG", "Space ENG", "confluence", "/display/ENG"));
            assertThat(target.byKey("NOPE")).isEmpty();
        }
        assertThat(spaces.finders).containsExactly(Set.of("ENG"), Set.of("NOPE"));
        verifyNoInteractions(spaceManager);
    }

    @Test
    void viewGrants_shouldNameEachSpaceWithTheGroupsGrantedViewSpace_leavingOutOtherAndGlobalPermissions() {
        List<SpacePermission> engineering = List.of(permission("VIEWSPACE", "ENG"), permission("EDITSPACE", "ENG"),
                permission("VIEWSPACE", "ARCH"), permission("VIEWSPACE", null));
        List<SpacePermission> support = List.of(permission("VIEWSPACE", "ARCH"), permission("COMMENT", "SUP"));
        when(spacePermissions.getAllPermissionsForGroup("engineering")).thenReturn(engineering);
        when(spacePermissions.getAllPermissionsForGroup("support")).thenReturn(support);
        when(spacePermissions.getAllPermissionsForGroup("legal")).thenReturn(List.of());
        ConfluenceContainers target = new ConfluenceContainers(spaceManager, spaceService, permissions, users,
                spacePermissions);

        Map<String, Set<String>> grants = target.viewGrants(new java.util.LinkedHashSet<>(
                List.of("engineering", "support", "legal")));

        assertThat(grants).containsOnlyKeys("ENG", "ARCH");
        assertThat(grants.get("ENG")).containsExactly("engineering");
        assertThat(grants.get("ARCH")).containsExactly("engineering", "support");
        verifyNoInteractions(permissions, spaceManager);
    }

    /** A space permission as Confluence stores it; a null space is a global permission. */
    private static SpacePermission permission(String type, String spaceKey) {
        SpacePermission p = org.mockito.Mockito.mock(SpacePermission.class);
        when(p.getType()).thenReturn(type);
        if (spaceKey != null) {
            com.atlassian.confluence.spaces.Space space = org.mockito.Mockito.mock(com.atlassian.confluence.spaces.Space.class);
            // Lenient: only a view-space permission's space is asked for.
            org.mockito.Mockito.lenient().when(space.getKey()).thenReturn(spaceKey);
            org.mockito.Mockito.lenient().when(p.getSpace()).thenReturn(space);
        }
        return p;
    }

    private void keysOnSite(List<String> current, List<String> archived) {
        when(spaceManager.getAllSpaceKeys(SpaceStatus.CURRENT)).thenReturn(current);
        when(spaceManager.getAllSpaceKeys(SpaceStatus.ARCHIVED)).thenReturn(archived);
    }

    private static List<String> keys(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(key(i));
        }
        return out;
    }

    private static String key(int i) {
        return String.format("S%05d", i);
    }
}
