package org.valuematrix.support;

import java.util.function.UnaryOperator;

/**
 * Bundle patterns whose {@code {0}}, {@code {1}}, … are filled with parts built elsewhere (HTML
 * fragments, plain names), read as they are rather than through MessageFormat: an apostrophe is
 * written once, and nothing but an argument index in braces is special.
 */
public final class Patterns {
    private Patterns() {
    }

    /**
     * @param pattern a text of the bundle
     * @param words what to do to the pattern's own words (escape them for HTML, or keep them)
     * @param parts the arguments, by index; an index without a part stays text
     */
    public static String fill(String pattern, UnaryOperator<String> words, String... parts) {
        StringBuilder sb = new StringBuilder(pattern.length() + 256);
        int from = 0;
        while (from < pattern.length()) {
            int open = pattern.indexOf('{', from);
            if (open < 0 || open + 2 >= pattern.length() || pattern.charAt(open + 2) != '}'
                    || !isIndex(pattern.charAt(open + 1), parts.length)) {
                int to = open < 0 ? pattern.length() : open + 1;
                sb.append(words.apply(pattern.substring(from, to)));
                from = to;
                continue;
            }
            sb.append(words.apply(pattern.substring(from, open))).append(parts[pattern.charAt(open + 1) - '0']);
            from = open + 3;
        }
        return sb.toString();
    }

    private static boolean isIndex(char c, int count) {
        return c >= '0' && c <= '9' && c - '0' < count;
    }
}
