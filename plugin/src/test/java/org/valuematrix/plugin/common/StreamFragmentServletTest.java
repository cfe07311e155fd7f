package org.valuematrix.plugin.common;

import static org.mockito.Mockito.verify;

import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class StreamFragmentServletTest {
    @Mock
    private org.valuematrix.web.StreamFragmentServlet fragment;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    @Test
    void service_shouldHandEveryRequestToCoresFragment() throws Exception {
        StreamFragmentServlet target = new StreamFragmentServlet(fragment);

        target.service(request, response);

        verify(fragment).service((ServletRequest) request, (ServletResponse) response);
    }
}
