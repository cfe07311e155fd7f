package org.valuematrix.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.jira.JiraFixtures.project;
import static org.valuematrix.plugin.jira.JiraFixtures.user;

import com.atlassian.jira.permission.PermissionSchemeEntry;
import com.atlassian.jira.permission.PermissionSchemeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleActors;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.security.roles.RoleActor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.spi.Container;

@ExtendWith(MockitoExtension.class)
class JiraContainersTest {
    @Mock
    private ProjectManager projects;
    @Mock
    private PermissionManager permissions;
    @Mock
    private UserManager users;
    @Mock
    private PermissionSchemeManager schemes;
    @Mock
    private ProjectRoleManager roles;
    private JiraContainers target;

    private final Project sup = project("SUP");
    private final Project eng = project("ENG");

    @BeforeEach
    void setUp() {
        target = new JiraContainers(projects, permissions, users, () -> schemes, () -> roles);
    }

    @Test
    void all_shouldListEveryProjectAsAJiraContainer() {
        when(projects.getProjects()).thenReturn(List.of(sup, eng));

        assertThat(target.all()).containsExactly(
                new Container("SUP", "Project SUP", "jira", "/browse/SUP"),
                new Container("ENG", "Project ENG", "jira", "/browse/ENG"));
    }

    @Test
    void byKey_shouldFindTheProjectOrNothing() {
        when(projects.getProjectObjByKey("SUP")).thenReturn(sup);

        assertThat(target.byKey("SUP")).map(Container::url).contains("/browse/SUP");
        assertThat(target.byKey("NOPE")).isEmpty();
    }

    @Test
    void visibleTo_shouldAskJiraForBrowsableProjectsInOneCall() {
        ApplicationUser bob = user("bob");
        when(users.getUserByKey("bob")).thenReturn(bob);
        when(permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, bob)).thenReturn(List.of(eng));

        assertThat(target.visibleTo("bob")).containsExactly("ENG");
        verify(permissions, times(1)).getProjects(any(), any());
        verifyNoInteractions(projects);
    }

    @Test
    void visibleTo_shouldAskAsAnonymousForANullViewer() {
        when(permissions.getProjects(eq(ProjectPermissions.BROWSE_PROJECTS), isNull())).thenReturn(List.of(sup));

        assertThat(target.visibleTo(null)).containsExactly("SUP");
    }

    @Test
    void visibleTo_shouldBeEmptyForAnUnknownUserRatherThanAnonymousAccess() {
        when(users.getUserByKey("ghost")).thenReturn(null);

        assertThat(target.visibleTo("ghost")).isEmpty();
        verify(permissions, never()).getProjects(any(), any());
    }

    @Test
    void viewGrants_shouldNameTheGroupsGrantedBrowseDirectlyOrThroughAProjectRole_readingEachSchemeOnce() {
        Project ops = project("OPS");
        Project legacy = project("LEGACY");
        when(projects.getProjects()).thenReturn(List.of(sup, eng, ops, legacy));
        when(schemes.getSchemeIdFor(sup)).thenReturn(10L);
        when(schemes.getSchemeIdFor(eng)).thenReturn(10L);
        when(schemes.getSchemeIdFor(ops)).thenReturn(20L);
        when(schemes.getSchemeIdFor(legacy)).thenReturn(null);
        List<PermissionSchemeEntry> standard = List.of(entry("group", "jira-software-users"),
                entry("projectrole", "10002"), entry("anyone", ""));
        List<PermissionSchemeEntry> operations = List.of(entry("group", "operations"));
        when(schemes.getPermissionSchemeEntries(eq(10L), isNull())).thenReturn(standard);
        when(schemes.getPermissionSchemeEntries(eq(20L), isNull())).thenReturn(operations);
        ProjectRole developers = org.mockito.Mockito.mock(ProjectRole.class);
        ProjectRoleActors inSup = actors(List.of("support"));
        ProjectRoleActors inEng = actors(List.of("engineering", "contractors"));
        when(roles.getProjectRole(10002L)).thenReturn(developers);
        when(roles.getProjectRoleActors(developers, sup)).thenReturn(inSup);
        when(roles.getProjectRoleActors(developers, eng)).thenReturn(inEng);

        Map<String, Set<String>> grants = target.viewGrants(Set.of("support", "engineering", "operations"));

        assertThat(grants).containsOnlyKeys("SUP", "ENG", "OPS");
        assertThat(grants.get("SUP")).containsExactly("support");
        assertThat(grants.get("ENG")).containsExactly("engineering");
        assertThat(grants.get("OPS")).containsExactly("operations");
        verify(schemes, times(1)).getPermissionSchemeEntries(eq(10L), isNull());
        verifyNoInteractions(permissions, users);
    }

    @Test
    void viewGrants_onAJiraThatPublishesNoSchemeManager_shouldAnswerNoGrantsRatherThanFail() {
        JiraContainers withoutSchemes = new JiraContainers(projects, permissions, users, () -> {
            throw new IllegalStateException("The host publishes no PermissionSchemeManager");
        }, () -> roles);

        assertThat(withoutSchemes.viewGrants(Set.of("support"))).isEmpty();
        assertThat(withoutSchemes.all()).isEmpty();
    }

    /** A grant of Browse Projects in a scheme, as Jira keeps it: holder type and parameter. */
    private static PermissionSchemeEntry entry(String type, String parameter) {
        PermissionSchemeEntry e = org.mockito.Mockito.mock(PermissionSchemeEntry.class);
        when(e.getType()).thenReturn(type);
        org.mockito.Mockito.lenient().when(e.getParameter()).thenReturn(parameter);
        return e;
    }

    private static ProjectRoleActors actors(List<String> groups) {
        ProjectRoleActors actors = org.mockito.Mockito.mock(ProjectRoleActors.class);
        Set<RoleActor> set = new java.util.LinkedHashSet<>();
        for (String g : groups) {
            RoleActor a = org.mockito.Mockito.mock(RoleActor.class);
            when(a.getParameter()).thenReturn(g);
            set.add(a);
        }
        when(actors.getRoleActorsByType(JiraContainers.GROUP_ACTOR)).thenReturn(set);
        return actors;
    }
}
