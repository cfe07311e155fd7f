package org.valuematrix.admin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.admin.setup.SetupChecklist;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;

/**
 * Get started's template context: the checklist's steps in the order an administrator takes them,
 * each with its page and a sentence of its status (the history step's says how its latest import
 * stands, and whether an earlier one finished).
 */
public final class StartView implements AdminPageServlet.PageContext {
    private final SetupChecklist checklist;
    private final Messages messages;
    private final AdminPages pages;

    public StartView(SetupChecklist checklist, Messages messages, WebResources web) {
        this.checklist = checklist;
        this.messages = messages;
        this.pages = new AdminPages(messages, web);
    }

    @Override
    public Map<String, Object> context() {
        Map<String, Object> read = checklist.read();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> known = (List<Map<String, Object>>) read.get("steps");
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Map<String, Object> s : known) {
            String id = (String) s.get("id");
            steps.add(step(id, (Boolean) s.get("done"), status(s),
                    "matrix".equals(id) ? "/plugins/servlet/value-matrix" : null));
        }
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("steps", steps);
        return ctx;
    }

    private String status(Map<String, Object> s) {
        String id = (String) s.get("id");
        if (!SetupChecklist.HISTORY.equals(id)) {
            return messages.text("vm.admin.start." + id + ".status", s.get("count"), s.get("total"));
        }
        String state = (String) s.get("state");
        boolean again = (Boolean) s.get("done") && !"done".equals(state);
        return messages.text("vm.admin.start.history.status." + (again ? "again." : "") + state, s.get("count"),
                s.get("total"));
    }

    private Map<String, Object> step(String id, boolean done, String status, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("done", done);
        m.put("title", messages.text("vm.admin.start." + id));
        m.put("explanation", messages.text("vm.admin.start." + id + ".explain"));
        m.put("status", status);
        m.put("hrefHtml", Html.escape(path == null ? pages.href(id) : pages.contextPath() + path));
        return m;
    }
}
