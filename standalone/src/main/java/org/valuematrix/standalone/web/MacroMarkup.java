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
 * {@code {cross-team-activity:scope=across|max=10}} or {@code {value-matrix:team=eng|mode=full}}.
 */
public final class MacroMarkup {
    public static final String MACRO = "cross-team-activity";
    /** The macro's parameters, which a page's query string may override (for trying them out). */
    public static final List<String> PARAMETERS = List.of("teams", "scope", "spaces", "max", "mode", "title");
    public static final String MATRIX_MACRO = "value-matrix";
    /** The value-matrix macro's parameters, which a page's query string may override too. */
    public static final List<String> MATRIX_PARAMETERS = List.of("team", "period", "mode");
    private static final Pattern LINE = Pattern.compile("\\{(" + MACRO + "|" + MATRIX_MACRO + ")(?::([^}]*))?\\}");

    private MacroMarkup() {
    }

    /** A paragraph of text, or a macro with its parameters. */
    public static final class Block {
        private final String name;
        private final String text;
        private final Map<String, String> parameters;

        Block(String text, Map<String, String> parameters) {
            this(parameters == null ? null : MACRO, text, parameters);
        }

        Block(String name, String text, Map<String, String> parameters) {
            this.name = name;
            this.text = text;
            this.parameters = parameters;
        }

        /** @return the macro's name, or null for a paragraph */
        public String name() {
            return name;
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
        return macro(MACRO, parameters);
    }

    public static String macro(String name, Map<String, String> parameters) {
        StringBuilder sb = new StringBuilder("{").append(name);
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
                blocks.add(new Block(m.group(1), null, parameters(m.group(2))));
            } else if (!line.isBlank()) {
                paragraph.append(paragraph.length() == 0 ? "" : "\n").append(line.trim());
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /**
     * @return the blocks with every cross-team-activity macro's parameters overridden by
     *     {@code overrides}; a page without one gets one at the end when there are overrides
     */
    public static List<Block> withOverrides(List<Block> blocks, Map<String, String> overrides) {
        List<Block> out = withOverrides(blocks, MACRO, overrides);
        if (!overrides.isEmpty() && out.stream().noneMatch(b -> MACRO.equals(b.name()))) {
            out.add(new Block(MACRO, null, new LinkedHashMap<>(overrides)));
        }
        return out;
    }

    /** @return the blocks with the parameters of every macro called {@code name} overridden */
    public static List<Block> withOverrides(List<Block> blocks, String name, Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (name.equals(b.name())) {
                Map<String, String> p = new LinkedHashMap<>(b.parameters());
                p.putAll(overrides);
                out.add(new Block(name, null, p));
            } else {
                out.add(b);
            }
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
