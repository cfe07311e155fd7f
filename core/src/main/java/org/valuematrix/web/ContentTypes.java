package org.valuematrix.web;

import java.util.Map;
import java.util.regex.Pattern;
import org.valuematrix.spi.Messages;
import org.valuematrix.support.Html;

/** What kind of content an entry is about, shown as an AUI icon with its name as text alternative. */
final class ContentTypes {
    private static final Map<String, String> ICONS = Map.of("page", "aui-iconfont-page", "blogpost",
            "aui-iconfont-page-blogpost", "comment", "aui-iconfont-comment", "issue", "aui-iconfont-issue");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    private ContentTypes() {
    }

    /** @return the icon, named for screen readers ("Issue"); an unknown type gets a generic one */
    static String iconHtml(String type, Messages messages) {
        String icon = ICONS.getOrDefault(type, "aui-iconfont-file-generic");
        String name = messages.text(ICONS.containsKey(type) ? "vm.type." + type : "vm.type.other");
        return "<span class=\"aui-icon aui-icon-small " + icon + " vm-type-icon\" role=\"img\" aria-label=\""
                + Html.escape(name) + "\" title=\"" + Html.escape(name) + "\"></span>";
    }

    /**
     * @return the key (CORE-12) of an issue, or of the issue a comment is on: an issue's id when
     *     that is a key, else the last part of the address; null for other types or when neither is a key
     */
    static String issueKey(String type, String id, String url) {
        if (!"issue".equals(type) && !"comment".equals(type)) {
            return null;
        }
        if ("issue".equals(type) && id != null && ISSUE_KEY.matcher(id).matches()) {
            return id;
        }
        String last = url == null ? "" : url.replaceFirst("[?#].*$", "").replaceFirst("^.*/", "");
        return ISSUE_KEY.matcher(last).matches() ? last : null;
    }
}
