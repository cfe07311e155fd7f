package org.valuematrix.plugin.confluence;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a reader sees in Confluence storage format, as plain text: macros are dropped whole
 * (their parameters and bodies may hold code, hidden sections or text shown only on expanding),
 * so are editor placeholders; link bodies and ordinary markup keep their text. The result is not
 * escaped: core shortens it and escapes it where it is shown.
 */
final class StorageFormatText {
    /** An innermost macro: one that contains no other, removed until none is left. */
    private static final Pattern MACRO = Pattern.compile(
            "<ac:(structured-macro|macro)\\b[^>]*?(?:/>|>(?:(?!<ac:(?:structured-macro|macro)\\b).)*?</ac:\\1>)",
            Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("<ac:placeholder\\b[^>]*?(?:/>|>.*?</ac:placeholder>)",
            Pattern.DOTALL);
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
    private static final Pattern BREAK = Pattern.compile(
            "</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|hr)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "hellip", "\u2026", "ndash", "\u2013", "mdash", "\u2014");

    private StorageFormatText() {
    }

    /** @return the text on one line, blank when there are no words; empty for a null body */
    static String of(String storageFormat) {
        if (storageFormat == null) {
            return "";
        }
        String text = storageFormat;
        String before;
        do {
            before = text;
            text = MACRO.matcher(text).replaceAll(" ");
        } while (!text.equals(before));
        text = PLACEHOLDER.matcher(text).replaceAll(" ");
        text = CDATA.matcher(text).replaceAll(m -> Matcher.quoteReplacement(escapeMarkup(m.group(1))));
        text = BREAK.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        text = ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1), m.group())));
        return text.replaceAll("\\s+", " ").strip();
    }

    /** CDATA text is literal: its angle brackets must survive the tag removal that follows. */
    private static String escapeMarkup(String literal) {
        return literal.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
