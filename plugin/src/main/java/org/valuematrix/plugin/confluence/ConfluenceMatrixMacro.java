package org.valuematrix.plugin.confluence;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Map;
import org.valuematrix.web.MatrixMacro;

/**
 * The {@code value-matrix} macro: Confluence's side of core's {@link MatrixMacro}, which
 * validates the parameters (an error box, not an exception, for a wrong one) and renders the
 * matrix as the viewer may see it, with the matrix page's styles.
 */
public class ConfluenceMatrixMacro extends ConfluenceViewerMacro {
    private final MatrixMacro macro;

    public ConfluenceMatrixMacro(MatrixMacro macro, UserManager users, PageBuilderService pages) {
        super(users, pages, "matrix");
        this.macro = macro;
    }

    @Override
    String render(Map<String, String> parameters, String viewer) {
        return macro.render(parameters, viewer);
    }
}
