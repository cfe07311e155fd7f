package org.valuematrix.plugin.confluence;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Map;
import org.valuematrix.web.ActivityMacro;

/**
 * The {@code cross-team-activity} macro: Confluence's side of core's {@link ActivityMacro}, which
 * validates the parameters (an error box, not an exception, for a wrong one) and renders the
 * permission-trimmed stream for the viewer.
 */
public class ConfluenceActivityMacro extends ConfluenceViewerMacro {
    private final ActivityMacro macro;

    public ConfluenceActivityMacro(ActivityMacro macro, UserManager users, PageBuilderService pages) {
        super(users, pages, "activity");
        this.macro = macro;
    }

    @Override
    String render(Map<String, String> parameters, String viewer) {
        return macro.render(parameters, viewer);
    }
}
