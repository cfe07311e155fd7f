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
import org.valuematrix.web.ActivityPageServlet;

@ExtendWith(MockitoExtension.class)
class ActivityServletTest {
    @Mock
    private ActivityPageServlet page;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    @Test
    void service_shouldHandEveryRequestToCoresPage() throws Exception {
        ActivityServlet target = new ActivityServlet(page);

        target.service((ServletRequest) request, (ServletResponse) response);

        verify(page).service((ServletRequest) request, (ServletResponse) response);
    }
}
