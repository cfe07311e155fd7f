package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.spi.Authentication;
import org.valuematrix.web.MatrixMacro;

@ExtendWith(MockitoExtension.class)
class MatrixFragmentServletTest {
    @Mock
    private MatrixMacro macro;
    @Mock
    private Authentication authentication;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;
    private final StringWriter body = new StringWriter();
    private MatrixFragmentServlet target;

    @BeforeEach
    void setUp() {
        target = new MatrixFragmentServlet(macro, authentication);
    }

    @Test
    void doGet_shouldRenderTheTeamsCompactMatrixForTheViewer_whateverModeIsAskedFor() throws Exception {
        when(authentication.userKey(request)).thenReturn(Optional.of("bob"));
        when(request.getParameter("team")).thenReturn("eng");
        when(request.getParameter("period")).thenReturn("quarter");
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(macro.render(Map.of("team", "eng", "period", "quarter", "mode", "compact"), "bob"))
                .thenReturn("<section class=\"vm-embed vm-embed-compact\">matrix</section>");

        target.doGet(request, response);

        assertThat(body.toString()).isEqualTo("<section class=\"vm-embed vm-embed-compact\">matrix</section>");
        verify(response).setHeader("Cache-Control", "no-store");
    }

    @Test
    void doGet_withoutTeam_shouldAskForTheOrganisation() throws Exception {
        when(authentication.userKey(request)).thenReturn(Optional.of("bob"));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(macro.render(Map.of("mode", "compact"), "bob")).thenReturn("<section>organisation</section>");

        target.doGet(request, response);

        assertThat(body.toString()).isEqualTo("<section>organisation</section>");
    }

    @Test
    void doGet_shouldRefuseAnonymousViewers() throws Exception {
        when(authentication.userKey(request)).thenReturn(Optional.empty());

        target.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
        verify(macro, never()).render(any(), any());
    }
}
