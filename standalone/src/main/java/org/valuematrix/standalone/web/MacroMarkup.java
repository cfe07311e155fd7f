package org.valuematrix.standalone.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page bodies of the standalone host: paragraphs separated by blank lines, and macros in
 * Confluence's wiki-markup form on a line of their own, e.g.
 * {@code {cross-team-activity:scope=across|max=10}}.
 */
public final class MacroMarkup {
    public static final String MACRO = "cross-team-activity";
    /** The macro's parameters, which a page's query string may override (for trying them out). */
    public static final List<String> PARAMETERS = List.of("teams", "scope", "spaces", "max", "mode");
    private static final Pattern LINE = Pattern.compile("\\{" + MACRO + "(?::([^}]*))?\\}");

    private MacroMarkup() {
    }

    /** A paragraph of text, or a macro with its parameters. */
    public static final class Block {
        private final String text;
        private final Map<String, String> parameters;

        Block(String text, Map<String, String> parameters) {
            this.text = text;
            this.parameters = parameters;
        }

        public boolean isMacro() {
            return parameters != null;
        }

        public String text() {
            return text;
        }

        public Map<String, String> parameters() {
            return parameters;
        }
    }

    public static String macro(Map<String, String> parameters) {
        StringBuilder sb = new StringBuilder("{").append(MACRO);
        char sep = ':';
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '|';
        }
        return sb.append('}').toString();
    }

    public static List<Block> parse(String body) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : (body == null ? "" : body).split("\\r?\\n", -1)) {
            Matcher m = LINE.matcher(line.trim());
            if (m.matches() || line.isBlank()) {
                flush(paragraph, blocks);
            }
            if (m.matches()) {
                blocks.add(new Block(null, parameters(m.group(1))));
            } else if (!line.isBlank()) {
                paragraph.append(paragraph.length() == 0 ? "" : "\n").append(line.trim());
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /**
     * @return the blocks with every macro's parameters overridden by {@code overrides}; a page
     *     without a macro gets one at the end when there are overrides
     */
    public static List<Block> withOverrides(List<Block> blocks, Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        boolean any = false;
        for (Block b : blocks) {
            if (b.isMacro()) {
                Map<String, String> p = new LinkedHashMap<>(b.parameters());
                p.putAll(overrides);
                out.add(new Block(null, p));
                any = true;
            } else {
                out.add(b);
            }
        }
        if (!any) {
            out.add(new Block(null, new LinkedHashMap<>(overrides)));
        }
        return out;
    }

    private static Map<String, String> parameters(String text) {
        Map<String, String> p = new LinkedHashMap<>();
        if (text == null) {
            return p;
        }
        for (String pair : text.split("\\|")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                p.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return p;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(paragraph.toString(), null));
            paragraph.setLength(0);
        }
    }
}
