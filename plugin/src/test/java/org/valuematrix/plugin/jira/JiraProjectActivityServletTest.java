package org.valuematrix.plugin.jira;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.WebResources;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamKind;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.VisibleTeams;

@ExtendWith(MockitoExtension.class)
class JiraProjectActivityServletTest {
    private static final Team SUPPORT = new Team("support", "Support", TeamKind.INTERNAL, List.of("support"), 0);
    private static final Team GLOBEX = new Team("globex", "Globex", TeamKind.CUSTOMER, List.of("customer-globex"), 1);

    @Mock
    private TeamCatalog teams;
    @Mock
    private TeamVisibility visibility;
    @Mock
    private VisibleTeams visible;
    @Mock
    private StreamService stream;
    @Mock
    private Authentication authentication;
    @Mock
    private WebResources web;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;
    private JiraProjectActivityServlet target;

    @BeforeEach
    void setUp() {
        when(web.baseUrl()).thenReturn("https://jira.example.com/jira");
        lenient().when(authentication.userKey(request)).thenReturn(Optional.of("bob"));
        lenient().when(visibility.of("bob")).thenReturn(visible);
        target = new JiraProjectActivityServlet(teams, visibility, stream, authentication, web);
    }

    @Test
    void ownedProject_shouldRedirectToTheActivityOfItsOwningTeam() throws Exception {
        when(request.getParameter("key")).thenReturn("SUP");
        when(stream.visibleTo("bob")).thenReturn(Set.of("SUP"));
        when(teams.owner("SUP")).thenReturn(Optional.of(SUPPORT));
        when(visible.sees(SUPPORT)).thenReturn(true);

        target.doGet(request, response);

        verify(response).sendRedirect("https://jira.example.com/jira/plugins/servlet/value-matrix/activity?team=support");
    }

    @Test
    void unownedProject_shouldRedirectToTheActivityOfTheProject() throws Exception {
        when(request.getParameter("key")).thenReturn("R&D");
        when(stream.visibleTo("bob")).thenReturn(Set.of("R&D"));
        when(teams.owner("R&D")).thenReturn(Optional.empty());

        target.doGet(request, response);

        verify(response).sendRedirect("https://jira.example.com/jira/plugins/servlet/value-matrix/activity?container=R%26D");
    }

    @Test
    void projectTheViewerMayNotView_shouldAnswerAsAProjectThatDoesNotExist() throws Exception {
        when(request.getParameter("key")).thenReturn("HR");
        when(stream.visibleTo("bob")).thenReturn(Set.of("SUP"));

        target.doGet(request, response);

        verify(response).sendRedirect("https://jira.example.com/jira/plugins/servlet/value-matrix/activity?container=HR");
    }

    @Test
    void projectOwnedByATeamTheViewerMayNotSee_shouldNotNameIt() throws Exception {
        when(request.getParameter("key")).thenReturn("GLX");
        when(stream.visibleTo("bob")).thenReturn(Set.of("GLX"));
        when(teams.owner("GLX")).thenReturn(Optional.of(GLOBEX));
        when(visible.sees(GLOBEX)).thenReturn(false);

        target.doGet(request, response);

        verify(response).sendRedirect("https://jira.example.com/jira/plugins/servlet/value-matrix/activity?container=GLX");
    }

    @Test
    void anonymous_shouldNotLearnTheOwner() throws Exception {
        when(authentication.userKey(request)).thenReturn(Optional.empty());
        when(request.getParameter("key")).thenReturn("SUP");

        target.doGet(request, response);

        verify(response).sendRedirect("https://jira.example.com/jira/plugins/servlet/value-matrix/activity?container=SUP");
    }

    @Test
    void missingKey_shouldRedirectToTheWholeStream() throws Exception {
        target.doGet(request, response);

        verify(response).sendRedirect("https://jira.example.com/jira/plugins/servlet/value-matrix/activity");
    }
}
