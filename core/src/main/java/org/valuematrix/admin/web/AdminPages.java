package org.valuematrix.admin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;

/**
 * The pages of the administration area, in navigation order, and where each lives. The history
 * import has a page of its own outside this servlet; the navigation links it all the same.
 */
final class AdminPages {
    static final String BASE = "/plugins/servlet/value-matrix/admin";
    static final String START = "start";
    static final String HISTORY = "history";
    static final List<String> ORDER = List.of(START, "teams", "containers", HISTORY, "privacy", "health");

    private final Messages messages;
    private final WebResources web;

    AdminPages(Messages messages, WebResources web) {
        this.messages = messages;
        this.web = web;
    }

    /** @return the page a request path (after the servlet's base) names, empty for none of ours */
    static Optional<String> of(String requestUri, String contextPath) {
        String path = requestUri.startsWith(contextPath) ? requestUri.substring(contextPath.length()) : requestUri;
        if (!path.startsWith(BASE)) {
            return Optional.empty();
        }
        String rest = path.substring(BASE.length());
        if (rest.isEmpty() || "/".equals(rest)) {
            return Optional.of(START);
        }
        String page = rest.substring(1);
        return ORDER.contains(page) && !START.equals(page) && !HISTORY.equals(page) ? Optional.of(page)
                : Optional.empty();
    }

    /** @return the link to a page, under the context path */
    String href(String page) {
        return web.contextPath() + BASE + (START.equals(page) ? "" : "/" + page);
    }

    String contextPath() {
        return web.contextPath();
    }

    List<Map<String, Object>> navigation(String current) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String page : ORDER) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", page);
            item.put("label", title(page));
            item.put("hrefHtml", Html.escape(href(page)));
            item.put("current", page.equals(current));
            out.add(item);
        }
        return out;
    }

    String title(String page) {
        return messages.text("vm.admin.page." + page);
    }

    String description(String page) {
        return messages.text("vm.admin.page." + page + ".description");
    }
}
