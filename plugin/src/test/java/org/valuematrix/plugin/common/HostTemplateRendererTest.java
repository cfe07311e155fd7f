package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class HostTemplateRendererTest {
    @Mock
    private TemplateRenderer host;
    private HostTemplateRenderer target;

    @BeforeEach
    void setUp() {
        target = new HostTemplateRenderer(host);
    }

    @Test
    @SuppressWarnings("unchecked")
    void render_shouldReturnWhatTheHostWritesWithoutTouchingTheCallersContext() throws IOException {
        doAnswer(i -> {
            Map<String, Object> ctx = i.getArgument(1);
            ctx.put("i18n", "added by the host");
            ((Writer) i.getArgument(2)).write("<p>" + ctx.get("titleHtml") + "</p>");
            return null;
        }).when(host).render(eq("templates/activity/stream.vm"), anyMap(), any(Writer.class));
        Map<String, Object> context = new HashMap<>(Map.of("titleHtml", "Hello"));

        assertThat(target.render("templates/activity/stream.vm", context)).isEqualTo("<p>Hello</p>");
        assertThat(context).containsOnlyKeys("titleHtml");
    }

    @Test
    void render_shouldReportAnIoFailureUnchecked() throws IOException {
        doThrow(new IOException("disk")).when(host).render(any(), anyMap(), any(Writer.class));

        assertThatThrownBy(() -> target.render("templates/x.vm", Map.of())).isInstanceOf(UncheckedIOException.class);
    }
}
