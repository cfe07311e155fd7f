package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Map;
import org.valuematrix.plugin.common.HostWebResources;

/**
 * Confluence's side of a core macro that renders for the viewer: asks for the macro's web
 * resources on the page and hands the parameters and the viewer's user key (null when
 * anonymous) to core, which checks both and answers HTML, an error box for a bad parameter.
 */
abstract class ConfluenceViewerMacro implements Macro {
    private final UserManager users;
    private final PageBuilderService pages;
    private final String resources;

    /** @param resources the web-resource module's short name ({@link HostWebResources#moduleKey}) */
    ConfluenceViewerMacro(UserManager users, PageBuilderService pages, String resources) {
        this.users = users;
        this.pages = pages;
        this.resources = resources;
    }

    /** @param viewer the viewer's user key, or null when anonymous */
    abstract String render(Map<String, String> parameters, String viewer);

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext context) {
        pages.assembler().resources().requireWebResource(HostWebResources.moduleKey(resources));
        UserKey viewer = users.getRemoteUserKey();
        return render(parameters, viewer == null ? null : viewer.getStringValue());
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
