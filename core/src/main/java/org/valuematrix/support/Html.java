package org.valuematrix.support;


/** HTML escaping for everything user-supplied that reaches a page. */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                case '`': sb.append("&#96;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Fills a bundle pattern's {@code {0}}, {@code {1}}, … with HTML fragments, escaping the
     * pattern's own words: translators order a sentence's parts, they never write its markup.
     *
     * @param html fragments already escaped, by index
     * @see Patterns#fill
     */
    public static String fill(String pattern, String... html) {
        return Patterns.fill(pattern, Html::escape, html);
    }

    /**
     * A link to {@code url} when {@link Links} accepts it, else the text alone: a link a browser
     * would read as another scheme or another site is no link at all.
     *
     * @param contextPath what a site path goes after, e.g. {@code /wiki}
     * @param cssClass the element's class, or null
     * @param textHtml the link's content, already HTML
     * @return {@code <a class href>text</a>}, or {@code <span class>text</span>} (the text alone
     *     without a class)
     */
    public static String link(String contextPath, String url, String cssClass, String textHtml) {
        String cls = cssClass == null ? "" : " class=\"" + escape(cssClass) + "\"";
        return Links.under(contextPath, url)
                .map(href -> "<a" + cls + " href=\"" + escape(href) + "\">" + textHtml + "</a>")
                .orElse(cssClass == null ? textHtml : "<span" + cls + ">" + textHtml + "</span>");
    }
}
