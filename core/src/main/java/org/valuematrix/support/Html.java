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
     * @return an escaped link target: site-relative paths and http(s) addresses pass, anything
     *     else (javascript:, data:, protocol-relative) becomes "#"
     */
    public static String safeUrl(String contextPath, String url) {
        if (url == null || url.isEmpty()) {
            return "#";
        }
        String lower = url.trim().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return escape(url.trim());
        }
        // Browsers read "/\host" as "//host": protocol-relative too.
        if (lower.startsWith("/") && !lower.startsWith("//") && !lower.startsWith("/\\")) {
            return escape(contextPath + url.trim());
        }
        return "#";
    }
}
