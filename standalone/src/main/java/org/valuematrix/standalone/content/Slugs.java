package org.valuematrix.standalone.content;

/**
 * Page addresses from titles, as Confluence's {@code /display/KEY/Page+Title}: letters and
 * digits kept, every other run of characters one '+'. Nothing that needs URL encoding remains,
 * so a title full of markup still gives a plain, safe address.
 */
public final class Slugs {
    private static final int MAX = 120;

    private Slugs() {
    }

    public static String of(String title) {
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < title.length() && sb.length() < MAX; i++) {
            char c = title.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                if (gap && sb.length() > 0) {
                    sb.append('+');
                }
                sb.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.length() == 0 ? "page" : sb.toString();
    }
}
