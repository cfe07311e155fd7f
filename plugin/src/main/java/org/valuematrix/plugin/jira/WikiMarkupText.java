package org.valuematrix.plugin.jira;

import java.util.regex.Pattern;

/**
 * The words of a Jira comment in wiki markup, as plain text: code and preformatted blocks are
 * dropped (they are not sentences), other macros' tags go and their text stays, a link keeps its
 * label. Not escaped: core shortens it and escapes it where it is shown.
 */
final class WikiMarkupText {
    private static final Pattern BLOCK = Pattern.compile("\\{(code|noformat)(?::[^}]*)?}.*?\\{\\1}",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern MACRO_TAG = Pattern.compile("\\{[a-zA-Z]+(?::[^}]*)?}");
    private static final Pattern LABELLED_LINK = Pattern.compile("\\[([^|\\]]+)\\|[^\\]]*]");

    private WikiMarkupText() {
    }

    /** @return the text on one line; empty for a null body */
    static String of(String wiki) {
        if (wiki == null) {
            return "";
        }
        String text = BLOCK.matcher(wiki).replaceAll(" ");
        text = MACRO_TAG.matcher(text).replaceAll(" ");
        text = LABELLED_LINK.matcher(text).replaceAll("$1");
        return text.replaceAll("\\s+", " ").strip();
    }
}
