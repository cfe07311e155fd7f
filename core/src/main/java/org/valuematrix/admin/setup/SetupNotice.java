package org.valuematrix.admin.setup;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;
import org.valuematrix.support.TtlCache;

/**
 * Get started in one line, for the activity and matrix pages: shown to administrators while a step
 * of the checklist is open, with a link to the checklist; nothing for anyone else. The checklist
 * is read at most every few seconds per node (it lists every container).
 */
public class SetupNotice {
    private static final long TTL_MILLIS = 10_000;
    private static final String AREA = "/plugins/servlet/value-matrix/admin";

    private final Supplier<SetupChecklist> checklist;
    private final Directory directory;
    private final Messages messages;
    private final WebResources web;
    private final TtlCache<String, Long> open;

    public SetupNotice(Supplier<SetupChecklist> checklist, Directory directory, Messages messages, WebResources web,
            Clock clock) {
        this.checklist = checklist;
        this.directory = directory;
        this.messages = messages;
        this.web = web;
        this.open = new TtlCache<>(clock, TTL_MILLIS, 1);
    }

    /** @param userKey the viewer, or null @return the notice's HTML, or "" */
    public String html(String userKey) {
        if (userKey == null || !directory.isAdmin(userKey)) {
            return "";
        }
        long steps = open.get("open", k -> {
            Map<String, Object> read = checklist.get().read();
            return ((Number) read.get("open")).longValue();
        });
        if (steps == 0) {
            return "";
        }
        String link = "<a href=\"" + Html.escape(web.contextPath() + AREA) + "\">"
                + Html.escape(messages.text("vm.admin.start.compact.link")) + "</a>";
        return "<div class=\"aui-message aui-message-info vm-setup-notice\" role=\"note\"><p>"
                + Html.escape(messages.text("vm.admin.start.compact", steps)) + " " + link + "</p></div>";
    }
}
