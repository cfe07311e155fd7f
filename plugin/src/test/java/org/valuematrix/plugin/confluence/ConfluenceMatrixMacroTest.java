package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.plugin.SalFixtures;
import org.valuematrix.web.MatrixMacro;

@ExtendWith(MockitoExtension.class)
class ConfluenceMatrixMacroTest {
    @Mock
    private MatrixMacro macro;
    @Mock
    private UserManager users;
    @Mock
    private PageBuilderService pages;
    @Mock
    private WebResourceAssembler assembler;
    @Mock
    private RequiredResources resources;
    private ConfluenceMatrixMacro target;

    @BeforeEach
    void setUp() {
        target = new ConfluenceMatrixMacro(macro, users, pages);
    }

    private void givenAPage() {
        when(pages.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
    }

    @Test
    void execute_shouldRenderCoresMacroForTheViewerWithTheMatrixPagesStyles() {
        givenAPage();
        Map<String, String> params = Map.of("team", "eng", "period", "week", "mode", "full");
        UserKey bob = SalFixtures.userKey("bob");
        when(users.getRemoteUserKey()).thenReturn(bob);
        when(macro.render(params, "bob")).thenReturn("<section class=\"vm-embed\">matrix</section>");

        assertThat(target.execute(params, null, null)).isEqualTo("<section class=\"vm-embed\">matrix</section>");
        verify(resources).requireWebResource("org.valuematrix.value-matrix:matrix-resources");
    }

    @Test
    void execute_shouldHandAnAnonymousViewerToCoreAsNull() {
        givenAPage();
        when(users.getRemoteUserKey()).thenReturn(null);
        when(macro.render(eq(Map.of()), isNull())).thenReturn("<div role=\"status\">Log in</div>");

        assertThat(target.execute(Map.of(), null, null)).isEqualTo("<div role=\"status\">Log in</div>");
    }

    @Test
    void macro_shouldHaveNoBodyAndRenderAsABlock() {
        assertThat(target.getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(target.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }
}
