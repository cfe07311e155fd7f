package org.valuematrix.plugin.jira;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.spi.WebResources;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamKind;

@ExtendWith(MockitoExtension.class)
class JiraProjectActivityServletTest {
    @Mock
    private TeamCatalog teams;
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
        target = new JiraProjectActivityServlet(teams, web);
    }

    @Test
    void ownedProject_shouldRedirectToTheActivityOfItsOwningTeam() throws Exception {
        when(request.getParameter("key")).thenReturn("SUP");
        when(teams.owner("SUP")).thenReturn(Optional.of(new Team("support", "Support", TeamKind.INTERNAL, List.of("support"), 0)));

        target.doGet(request, response);

        verify(response).sendRedirect("https://jira.example.com/jira/plugins/servlet/value-matrix/activity?team=support");
    }

    @Test
    void unownedProject_shouldRedirectToTheActivityOfTheProject() throws Exception {
        when(request.getParameter("key")).thenReturn("R&D");
        when(teams.owner("R&D")).thenReturn(Optional.empty());

        target.doGet(request, response);

        verify(response).sendRedirect("https://jira.example.com/jira/plugins/servlet/value-matrix/activity?container=R%26D");
    }

    @Test
    void missingKey_shouldRedirectToTheWholeStream() throws Exception {
        target.doGet(request, response);

        verify(response).sendRedirect("https://jira.example.com/jira/plugins/servlet/value-matrix/activity");
    }
}
