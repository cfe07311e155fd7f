package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.SalFixtures.keyOf;

import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.security.ContentPermissionSet;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.valuematrix.plugin.SalFixtures;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.SpaceAdministrationException;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.spi.SpaceGrant.Permission;
import org.valuematrix.spi.SpacePage;

/**
 * The adapter writes exactly the space permission rows core asks for, one at a time, on the
 * space's stored rows; it creates spaces private and never with the default permissions; and it
 * undoes a creation that cannot be completed. Confluence's permission rows are kept in a list the
 * mocked managers change, as Confluence's own space entity does.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ConfluenceSpaceAdministrationTest {
    @Mock
    private SpaceManager spaces;
    @Mock
    private SpacePermissionManager permissions;
    @Mock
    private PageManager pages;
    @Mock
    private ContentPermissionManager restrictions;
    @Mock
    private UserAccessor users;
    @Mock
    private Directory directory;

    private final List<SpacePermission> rows = new ArrayList<>();
    private final ConfluenceUser ian = ConfluenceFixtures.user("ian");
    private final ConfluenceUser mia = ConfluenceFixtures.user("mia");
    private Space space;
    private Page home;
    private MockedStatic<SpacePermission> factories;
    private MockedConstruction<UserKey> keys;
    private ConfluenceSpaceAdministration target;

    @BeforeEach
    @SuppressWarnings("deprecation")
    void setUp() {
        home = ConfluenceFixtures.page(100L, "Home", null, ian);
        space = ConfluenceFixtures.space("ACME");
        when(space.getPermissions()).thenReturn(rows);
        when(space.getHomePage()).thenReturn(home);
        when(space.getName()).thenReturn("Acme together");
        when(spaces.getSpace("ACME")).thenReturn(space);
        doAnswer(i -> rows.add(i.getArgument(0))).when(permissions).savePermission(any());
        doAnswer(i -> rows.remove((SpacePermission) i.getArgument(0))).when(permissions).removePermission(any());
        factories = mockStatic(SpacePermission.class);
        factories.when(() -> SpacePermission.createGroupSpacePermission(anyString(), any(), anyString()))
                .thenAnswer(i -> group(i.getArgument(0), i.getArgument(2)));
        factories.when(() -> SpacePermission.createUserSpacePermission(anyString(), any(), any(ConfluenceUser.class)))
                .thenAnswer(i -> user(i.getArgument(0), i.getArgument(2)));
        factories.when(() -> SpacePermission.createAnonymousSpacePermission(anyString(), any()))
                .thenAnswer(i -> anonymous(i.getArgument(0)));
        factories.when(() -> SpacePermission.createAuthenticatedUsersSpacePermission(anyString(), any()))
                .thenAnswer(i -> authenticated(i.getArgument(0)));
        keys = SalFixtures.userKeys();
        when(users.getUserByKey(keyOf("ian"))).thenReturn(ian);
        when(users.getUserByKey(keyOf("mia"))).thenReturn(mia);
        when(users.getUserByName("mia")).thenReturn(mia);
        target = new ConfluenceSpaceAdministration(spaces, permissions, pages, restrictions, users, directory);
    }

    @AfterEach
    void tearDown() {
        keys.close();
        factories.close();
    }

    @Test
    void grants_shouldListEveryRowOfTheSpaceWithItsSubject() {
        rows.add(group("VIEWSPACE", "confluence-users"));
        rows.add(user("SETSPACEPERMISSIONS", ian));
        rows.add(anonymous("VIEWSPACE"));
        rows.add(authenticated("COMMENT"));

        assertThat(target.grants("ACME")).containsExactlyInAnyOrder(
                SpaceGrant.group(Permission.VIEWSPACE, "confluence-users"),
                SpaceGrant.user(Permission.SETSPACEPERMISSIONS, "ian"), SpaceGrant.anonymous(Permission.VIEWSPACE),
                SpaceGrant.authenticated(Permission.COMMENT));
        assertThat(target.grants("NONE")).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void grant_shouldSaveExactlyOneRowForTheSubject() {
        target.grant("ACME", SpaceGrant.group(Permission.COMMENT, "acme-customers"));
        target.grant("ACME", SpaceGrant.user(Permission.EDITSPACE, "mia"));
        target.grant("ACME", SpaceGrant.anonymous(Permission.VIEWSPACE));

        assertThat(target.grants("ACME")).containsExactlyInAnyOrder(
                SpaceGrant.group(Permission.COMMENT, "acme-customers"), SpaceGrant.user(Permission.EDITSPACE, "mia"),
                SpaceGrant.anonymous(Permission.VIEWSPACE));
        factories.verify(() -> SpacePermission.createGroupSpacePermission("COMMENT", space, "acme-customers"));
        factories.verify(() -> SpacePermission.createUserSpacePermission("EDITSPACE", space, mia));
        factories.verify(() -> SpacePermission.createAnonymousSpacePermission("VIEWSPACE", space));
        verify(permissions, org.mockito.Mockito.times(3)).savePermission(any());
    }

    @Test
    @SuppressWarnings("deprecation")
    void grant_ofARowThatExists_shouldSaveNothing() {
        rows.add(group("COMMENT", "acme-customers"));

        target.grant("ACME", SpaceGrant.group(Permission.COMMENT, "acme-customers"));

        verify(permissions, never()).savePermission(any());
        assertThat(rows).hasSize(1);
    }

    @Test
    @SuppressWarnings("deprecation")
    void revoke_shouldRemoveTheStoredRowAndNoOther() {
        SpacePermission view = group("VIEWSPACE", "confluence-users");
        SpacePermission comment = group("COMMENT", "confluence-users");
        rows.add(view);
        rows.add(comment);

        target.revoke("ACME", SpaceGrant.group(Permission.VIEWSPACE, "confluence-users"));
        target.revoke("ACME", SpaceGrant.group(Permission.VIEWSPACE, "nobody"));

        verify(permissions).removePermission(view);
        verify(permissions, never()).removePermission(comment);
        assertThat(rows).containsExactly(comment);
    }

    @Test
    @SuppressWarnings("deprecation")
    void grant_whenConfluenceFails_shouldThrowTheSpaceAdministrationException() {
        RuntimeException cause = new IllegalStateException("database gone");
        doThrow(cause).when(permissions).savePermission(any());

        assertThatThrownBy(() -> target.grant("ACME", SpaceGrant.group(Permission.COMMENT, "acme-customers")))
                .isInstanceOf(SpaceAdministrationException.class).hasCause(cause);
    }

    @Test
    void grant_onAnUnknownSpace_shouldBeRefused() {
        assertThatThrownBy(() -> target.grant("NONE", SpaceGrant.group(Permission.COMMENT, "acme-customers")))
                .isInstanceOf(SpaceAdministrationException.class);
        verifyNoInteractions(permissions);
    }

    @Test
    void createPrivateSpace_shouldCreateItPrivateAndAnswerItsHomePage() {
        when(spaces.createPrivateSpace("ACME", "Acme together", null, ian)).thenReturn(space);

        long id = target.createPrivateSpace("ACME", "Acme together", "ian");

        assertThat(id).isEqualTo(100L);
        verify(spaces).createPrivateSpace("ACME", "Acme together", null, ian);
        verifyNoMoreInteractions(spaces);
        verifyNoInteractions(permissions);
    }

    @Test
    void createPrivateSpace_forAnUnknownCreator_shouldCreateNothing() {
        assertThatThrownBy(() -> target.createPrivateSpace("ACME", "Acme together", "ghost"))
                .isInstanceOf(SpaceAdministrationException.class);
        verifyNoInteractions(spaces, permissions);
    }

    @Test
    void createPrivateSpace_withoutAHomePage_shouldRemoveTheSpaceAgain() {
        Space bare = ConfluenceFixtures.space("ACME");
        when(spaces.createPrivateSpace("ACME", "Acme together", null, ian)).thenReturn(bare);

        assertThatThrownBy(() -> target.createPrivateSpace("ACME", "Acme together", "ian"))
                .isInstanceOf(SpaceAdministrationException.class);
        verify(spaces).removeSpace("ACME");
    }

    @Test
    void createPrivateSpace_whenConfluenceRefuses_shouldThrowTheSpaceAdministrationException() {
        when(spaces.createPrivateSpace(any(), any(), any(), any())).thenThrow(new IllegalArgumentException("key in use"));

        assertThatThrownBy(() -> target.createPrivateSpace("ACME", "Acme together", "ian"))
                .isInstanceOf(SpaceAdministrationException.class).hasRootCauseMessage("key in use");
    }

    @Test
    void createPage_shouldSaveAChildOfItsParentInTheSpace() {
        Page parent = ConfluenceFixtures.page(200L, "Working norms", space, ian);
        when(pages.getPages(space, true)).thenReturn(List.of(home, parent));
        long id;
        Page made;
        try (MockedConstruction<Page> created = mockConstruction(Page.class,
                (p, c) -> when(p.getId()).thenReturn(300L))) {
            id = target.createPage("ACME", 200L, "Escalation", "<p>Call us</p>");
            made = created.constructed().get(0);
        }

        assertThat(id).isEqualTo(300L);
        verify(made).setSpace(space);
        verify(made).setTitle("Escalation");
        verify(made).setBodyAsString("<p>Call us</p>");
        verify(made).setParentPage(parent);
        verify(parent).addChild(made);
        verify(pages).saveContentEntity(eq(made), isNull());
    }

    @Test
    void createPage_underAnUnknownParent_shouldCreateNothing() {
        when(pages.getPages(space, true)).thenReturn(List.of(home));
        try (MockedConstruction<Page> created = mockConstruction(Page.class)) {
            assertThatThrownBy(() -> target.createPage("ACME", 999L, "Escalation", "<p/>"))
                    .isInstanceOf(SpaceAdministrationException.class);
            assertThat(created.constructed()).isEmpty();
        }
        verify(pages, never()).saveContentEntity(any(), any());
    }

    @Test
    @SuppressWarnings("unchecked")
    void updatePage_shouldSaveANewVersionWithTheTitleAndBody() {
        when(spaces.getSpaceFromPageId(100L)).thenReturn("ACME");

        target.updatePage(100L, "Acme together", "<p>Welcome</p>");

        ArgumentCaptor<Modification<Page>> change = ArgumentCaptor.forClass(Modification.class);
        verify(pages).saveNewVersion(eq(home), change.capture(), isNull());
        Page edited = mock(Page.class);
        change.getValue().modify(edited);
        verify(edited).setTitle("Acme together");
        verify(edited).setBodyAsString("<p>Welcome</p>");
    }

    @Test
    @SuppressWarnings("unchecked")
    void restrictView_shouldReplaceThePagesViewRestrictionWithTheGroups() {
        Page notes = ConfluenceFixtures.page(400L, "Internal notes", space, ian);
        when(spaces.getSpaceFromPageId(400L)).thenReturn("ACME");
        when(pages.getPages(space, true)).thenReturn(List.of(home, notes));
        ContentPermission product = mock(ContentPermission.class);
        try (MockedStatic<ContentPermission> made = mockStatic(ContentPermission.class)) {
            made.when(() -> ContentPermission.createGroupPermission("View", "product-team")).thenReturn(product);

            target.restrictView(400L, Set.of("product-team"));
        }

        ArgumentCaptor<Collection<ContentPermission>> set = ArgumentCaptor.forClass(Collection.class);
        verify(restrictions).setContentPermissions(set.capture(), eq(notes), eq("View"));
        assertThat(set.getValue()).containsExactly(product);
    }

    @Test
    void pages_shouldReportBodiesAttachmentsAndOwnViewRestrictions() {
        Page notes = ConfluenceFixtures.page(400L, "Internal notes", space, ian);
        ContentPermissionSet view = mock(ContentPermissionSet.class);
        when(view.getGroupNames()).thenReturn(List.of("product-team"));
        when(notes.getContentPermissionSet("View")).thenReturn(view);
        when(home.getAttachments()).thenReturn(List.of(mock(Attachment.class), mock(Attachment.class)));
        when(pages.getPages(space, true)).thenReturn(List.of(home, notes));

        List<SpacePage> found = target.pages("ACME");

        assertThat(found).extracting(SpacePage::id).containsExactly(100L, 400L);
        assertThat(found.get(0).attachments()).isEqualTo(2);
        assertThat(found.get(0).viewGroups()).isEmpty();
        assertThat(found.get(0).body()).isEqualTo("<p>Hello</p>");
        assertThat(found.get(1).viewGroups()).containsExactly("product-team");
        assertThat(target.pages("NONE")).isEmpty();
    }

    @Test
    void profilesVisibleTo_shouldFollowTheGlobalBrowseUsersPermission() {
        when(directory.membersOf("acme-customers")).thenReturn(Set.of("carla"));
        when(directory.membersOf("confluence-users")).thenReturn(Set.of("carla", "ian"));
        when(directory.membersOf("staff")).thenReturn(Set.of("ian"));
        List<SpacePermission> global = new ArrayList<>();
        when(permissions.getGlobalPermissions("VIEWUSERPROFILES")).thenReturn(global);

        global.add(group("VIEWUSERPROFILES", "staff"));
        assertThat(target.profilesVisibleTo("acme-customers")).isFalse();
        global.add(group("VIEWUSERPROFILES", "confluence-users"));
        assertThat(target.profilesVisibleTo("acme-customers")).isTrue();
        global.clear();
        global.add(authenticated("VIEWUSERPROFILES"));
        assertThat(target.profilesVisibleTo("acme-customers")).isTrue();
        global.clear();
        global.add(group("VIEWUSERPROFILES", "acme-customers"));
        assertThat(target.profilesVisibleTo("acme-customers")).isTrue();
    }

    @Test
    void usersAndGroups_shouldComeFromConfluencesDirectory() {
        when(users.getGroup("acme-customers")).thenReturn(mock(com.atlassian.user.Group.class));
        when(directory.membersOf("acme-customers")).thenReturn(Set.of("carla"));

        assertThat(target.groupExists("acme-customers")).isTrue();
        assertThat(target.groupExists("nobody")).isFalse();
        assertThat(target.userKey("mia")).contains("mia");
        assertThat(target.userKey("ghost")).isEmpty();
        assertThat(target.members("acme-customers")).containsExactly("carla");
        assertThat(target.spaceExists("ACME")).isTrue();
        assertThat(target.spaceExists("NONE")).isFalse();
    }

    private static SpacePermission group(String type, String group) {
        SpacePermission p = row(type);
        lenient().when(p.isGroupPermission()).thenReturn(true);
        lenient().when(p.getGroup()).thenReturn(group);
        return p;
    }

    private static SpacePermission user(String type, ConfluenceUser user) {
        SpacePermission p = row(type);
        lenient().when(p.isUserPermission()).thenReturn(true);
        lenient().when(p.getUserSubject()).thenReturn(user);
        return p;
    }

    private static SpacePermission anonymous(String type) {
        SpacePermission p = row(type);
        lenient().when(p.isAnonymousPermission()).thenReturn(true);
        return p;
    }

    private static SpacePermission authenticated(String type) {
        SpacePermission p = row(type);
        lenient().when(p.isAuthenticatedUsersPermission()).thenReturn(true);
        return p;
    }

    private static SpacePermission row(String type) {
        SpacePermission p = mock(SpacePermission.class);
        lenient().when(p.getType()).thenReturn(type);
        return p;
    }
}
