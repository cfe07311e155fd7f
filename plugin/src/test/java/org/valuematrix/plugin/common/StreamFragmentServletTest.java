package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.spi.Authentication;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.VisibleTeams;
import org.valuematrix.web.StreamFragment;

@ExtendWith(MockitoExtension.class)
class StreamFragmentServletTest {
    @Mock
    private StreamFragment fragment;
    @Mock
    private TeamVisibility teams;
    @Mock
    private VisibleTeams visible;
    @Mock
    private Authentication authentication;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;
    private final StringWriter body = new StringWriter();
    private StreamFragmentServlet target;

    @BeforeEach
    void setUp() {
        target = new StreamFragmentServlet(fragment, teams, authentication);
    }

    @Test
    void doGet_shouldRenderACompactBlockOfTenForTheViewer() throws Exception {
        when(authentication.userKey(request)).thenReturn(Optional.of("bob"));
        when(teams.of("bob")).thenReturn(visible);
        when(request.getParameterMap()).thenReturn(Map.of("scope", new String[] {"across"}));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(fragment.render(eq("bob"), any(StreamFilter.class), eq(true))).thenReturn("<section>items</section>");

        target.doGet(request, response);

        ArgumentCaptor<StreamFilter> filter = ArgumentCaptor.forClass(StreamFilter.class);
        verify(fragment).render(eq("bob"), filter.capture(), eq(true));
        assertThat(filter.getValue().limit()).isEqualTo(10);
        assertThat(filter.getValue().scopes()).containsExactly(Scope.ACROSS);
        assertThat(body.toString()).isEqualTo("<section>items</section>");
    }

    @Test
    void doGet_shouldRefuseAnonymousViewers() throws Exception {
        when(authentication.userKey(request)).thenReturn(Optional.empty());

        target.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
        verify(fragment, never()).render(any(), any(), anyBoolean());
    }

    @Test
    void doGet_shouldAnswerABadFilterWithAnEscapedError() throws Exception {
        when(authentication.userKey(request)).thenReturn(Optional.of("bob"));
        when(teams.of("bob")).thenReturn(visible);
        when(request.getParameterMap()).thenReturn(Map.of("scope", new String[] {"<script>"}));
        when(response.getWriter()).thenReturn(new PrintWriter(body));

        target.doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertThat(body.toString()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void doGet_teamTheViewerMayNotSee_shouldAnswerAsAnUnknownTeam() throws Exception {
        when(authentication.userKey(request)).thenReturn(Optional.of("carla"));
        when(teams.of("carla")).thenReturn(visible);
        when(visible.contains("globex")).thenReturn(false);
        when(request.getParameterMap()).thenReturn(Map.of("team", new String[] {"globex"}));
        when(response.getWriter()).thenReturn(new PrintWriter(body));

        target.doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertThat(body.toString()).contains("team: unknown team &#39;globex&#39;");
        verify(fragment, never()).render(any(), any(), anyBoolean());
    }
}
