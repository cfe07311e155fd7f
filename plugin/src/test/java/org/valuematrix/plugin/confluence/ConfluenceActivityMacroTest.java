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
import org.valuematrix.web.ActivityMacro;

@ExtendWith(MockitoExtension.class)
class ConfluenceActivityMacroTest {
    @Mock
    private ActivityMacro macro;
    @Mock
    private UserManager users;
    @Mock
    private PageBuilderService pages;
    @Mock
    private WebResourceAssembler assembler;
    @Mock
    private RequiredResources resources;
    private ConfluenceActivityMacro target;

    @BeforeEach
    void setUp() {
        target = new ConfluenceActivityMacro(macro, users, pages);
    }

    private void givenAPage() {
        when(pages.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
    }

    @Test
    void execute_shouldRenderCoresMacroForTheViewerAndRequireItsResources() {
        givenAPage();
        Map<String, String> params = Map.of("scope", "across", "max", "5");
        UserKey bob = SalFixtures.userKey("bob");
        when(users.getRemoteUserKey()).thenReturn(bob);
        when(macro.render(params, "bob")).thenReturn("<section>stream</section>");

        assertThat(target.execute(params, null, null)).isEqualTo("<section>stream</section>");
        verify(resources).requireWebResource("org.valuematrix.value-matrix:activity-resources");
    }

    @Test
    void execute_shouldRenderForAnAnonymousViewer() {
        givenAPage();
        when(users.getRemoteUserKey()).thenReturn(null);
        when(macro.render(eq(Map.of()), isNull())).thenReturn("<p>empty</p>");

        assertThat(target.execute(Map.of(), null, null)).isEqualTo("<p>empty</p>");
    }

    @Test
    void macro_shouldHaveNoBodyAndRenderAsABlock() {
        assertThat(target.getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(target.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }
}
