package org.valuematrix.standalone.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Person;
import org.valuematrix.standalone.content.Comment;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentStore;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.web.ActivityMacro;
import org.valuematrix.web.MatrixMacro;
import org.valuematrix.support.Html;

/**
 * The model of a page or issue view: escaped title and byline, the body with each
 * {@code cross-team-activity} macro rendered by core's {@link ActivityMacro} and each
 * {@code value-matrix} macro by core's {@link MatrixMacro}, for the viewer (parameters from the
 * page, overridden by the query string), and the comments.
 */
public class ContentView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ContentStore store;
    private final ActivityMacro macro;
    private final MatrixMacro matrixMacro;
    private final Directory directory;
    private final PageRenderer pages;

    public ContentView(ContentStore store, ActivityMacro macro, MatrixMacro matrixMacro, Directory directory,
            PageRenderer pages) {
        this.store = store;
        this.macro = macro;
        this.matrixMacro = matrixMacro;
        this.directory = directory;
        this.pages = pages;
    }

    public Map<String, Object> model(HttpServletRequest request, String viewer, Content content,
            DirectoryContainer container) {
        Map<String, Object> ctx = pages.context();
        ctx.put("spacesHtml", Html.escape(pages.address().link(HostPaths.SPACES)));
        ctx.put("containerHtml", Html.escape(container.container().name()));
        ctx.put("containerUrlHtml", Html.escape(pages.address().link(container.container().url())));
        ctx.put("titleHtml", Html.escape(content.title()));
        String byline = container.isSpace() ? "vm.standalone.page.by" : "vm.standalone.issue.reporter";
        ctx.put("bylineHtml", Html.escape(pages.messages().text(byline, name(content.author())) + " · "
                + WHEN.format(content.createdAt())));
        ctx.put("blocks", blocks(request, viewer, content.body()));
        ctx.put("comments", comments(content.id()));
        ctx.put("actionHtml", Html.escape(pages.address().link(content.url())));
        ctx.put("tokenHtml", Html.escape(Csrf.token(request)));
        return ctx;
    }

    /**
     * @return the body's blocks for body.vm, each as HTML ({@code contentHtml}): a paragraph
     *     escaped here, a macro rendered for the viewer with the query's overrides
     */
    public List<Map<String, Object>> blocks(HttpServletRequest request, String viewer, String body) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<MacroMarkup.Block> blocks = MacroMarkup.withOverrides(MacroMarkup.parse(body),
                overrides(request, MacroMarkup.PARAMETERS));
        blocks = MacroMarkup.withOverrides(blocks, MacroMarkup.MATRIX_MACRO,
                overrides(request, MacroMarkup.MATRIX_PARAMETERS));
        for (MacroMarkup.Block b : blocks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("macro", b.isMacro());
            m.put("name", b.isMacro() ? b.name() : "");
            // The macro's output is HTML it escaped itself, as Confluence inserts a macro's output.
            m.put("contentHtml", !b.isMacro() ? Html.escape(b.text())
                    : MacroMarkup.MATRIX_MACRO.equals(b.name()) ? matrixMacro.render(b.parameters(), viewer)
                    : macro.render(b.parameters(), viewer));
            out.add(m);
        }
        return out;
    }

    private static Map<String, String> overrides(HttpServletRequest request, List<String> names) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String name : names) {
            String v = request.getParameter(name);
            if (v != null) {
                p.put(name, v);
            }
        }
        return p;
    }

    private List<Map<String, Object>> comments(long contentId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Comment c : store.comments(contentId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.objectId());
            m.put("author", name(c.author()));
            m.put("when", WHEN.format(c.createdAt()));
            m.put("body", c.body());
            out.add(m);
        }
        return out;
    }

    public String name(String userKey) {
        return directory.person(userKey).map(Person::displayName).orElse(userKey);
    }

    public static String when(Instant at) {
        return WHEN.format(at);
    }
}
