package org.valuematrix.spaces;

import org.valuematrix.spi.Messages;
import org.valuematrix.support.Html;

/**
 * A template page's title and body in Confluence storage format, from the bundle. The body is
 * well-formed XHTML made of {@code h2}, {@code p} and {@code ul/li}; every text is escaped, so a
 * space name or team name can never add markup.
 */
public final class StoragePages {
    private final Messages messages;

    public StoragePages(Messages messages) {
        this.messages = messages;
    }

    /** What the page texts' {@code {0}}…{@code {3}} are filled with. */
    public static final class Words {
        final String spaceName;
        final String teamName;
        final String moderators;
        final String internalGroup;

        public Words(String spaceName, String teamName, String moderators, String internalGroup) {
            this.spaceName = spaceName;
            this.teamName = teamName;
            this.moderators = moderators;
            this.internalGroup = internalGroup;
        }

        Object[] args() {
            return new Object[] {spaceName, teamName, moderators, internalGroup};
        }
    }

    public String title(TemplatePage page, Words words) {
        return messages.text(page.titleKey(), words.args());
    }

    public String body(TemplatePage page, Words words) {
        StringBuilder out = new StringBuilder();
        boolean inList = false;
        for (String block : page.blocks()) {
            String kind = block.substring(0, block.indexOf(':'));
            String text = Html.escape(messages.text(page.blockKey(block), words.args()));
            boolean item = "li".equals(kind);
            if (item && !inList) {
                out.append("<ul>");
            } else if (!item && inList) {
                out.append("</ul>");
            }
            inList = item;
            switch (kind) {
                case "h": out.append("<h2>").append(text).append("</h2>"); break;
                case "p": out.append("<p>").append(text).append("</p>"); break;
                case "li": out.append("<li>").append(text).append("</li>"); break;
                default: throw new IllegalStateException("unknown block " + block);
            }
        }
        if (inList) {
            out.append("</ul>");
        }
        return out.toString();
    }
}
