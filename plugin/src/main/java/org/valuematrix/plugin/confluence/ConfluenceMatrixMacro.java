package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Map;
import org.valuematrix.plugin.common.HostWebResources;
import org.valuematrix.web.MatrixMacro;

/**
 * The {@code value-matrix} macro: Confluence's side of core's {@link MatrixMacro}, which
 * validates the parameters (an error box, not an exception, for a wrong one) and renders the
 * matrix as the viewer may see it, with the matrix page's styles.
 */
public class ConfluenceMatrixMacro implements Macro {
    private final MatrixMacro macro;
    private final UserManager users;
    private final PageBuilderService pages;

    public ConfluenceMatrixMacro(MatrixMacro macro, UserManager users, PageBuilderService pages) {
        this.macro = macro;
        this.users = users;
        this.pages = pages;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        pages.assembler().resources().requireWebResource(HostWebResources.moduleKey("matrix"));
        UserKey viewer = users.getRemoteUserKey();
        return macro.render(parameters, viewer == null ? null : viewer.getStringValue());
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
