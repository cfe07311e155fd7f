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

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.List;
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
    private JiraContainers target;

    private final Project sup = project("SUP");
    private final Project eng = project("ENG");

    @BeforeEach
    void setUp() {
        target = new JiraContainers(projects, permissions, users);
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
}
