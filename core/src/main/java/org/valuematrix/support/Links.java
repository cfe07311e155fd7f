package org.valuematrix.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for where a link may point, used by the pages, the browser script
 * ({@code activity.js} has the same function), Atom and Activity Streams 2.0: a path on this site
 * or an absolute http(s) address, read the way browsers read an {@code href} (the WHATWG URL
 * standard): spaces and C0 controls around it dropped, tabs and line breaks dropped anywhere,
 * a backslash read as a slash. Anything else (other schemes, protocol-relative {@code //host}
 * and {@code /\host}, relative paths, credentials, hosts a browser might refuse) is no link:
 * callers show the text without one.
 */
public final class Links {
    private static final Pattern ABSOLUTE = Pattern.compile("(?s)(https?):[/\\\\]{2}([^/\\\\?#]*)(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORITY = Pattern.compile("([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*)\\.?(?::([0-9]{0,5}))?");
    private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");
    private static final int MAX_PORT = 65535;

    private Links() {
    }

    /**
     * @param url a link target as stored (a host's content URL, an imported event's)
     * @return what a browser reads it as, when that is a path on this site ({@code /…}, to be
     *     put after the context path or base URL) or an absolute http(s) address; empty otherwise
     */
    public static Optional<String> target(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String s = withoutIgnoredCharacters(url);
        if (s.startsWith("/")) {
            // A second slash or backslash makes it protocol-relative: another site.
            return s.length() > 1 && (s.charAt(1) == '/' || s.charAt(1) == '\\')
                    ? Optional.empty() : Optional.of(pathSlashes(s));
        }
        Matcher m = ABSOLUTE.matcher(s);
        if (!m.matches() || !validAuthority(m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT) + "://" + m.group(2) + pathSlashes(m.group(3)));
    }

    /**
     * @param prefix what a site path goes after: the context path ({@code /wiki}) for pages, the
     *     base URL for feeds
     * @return the link's address, or empty when {@link #target} refuses it
     */
    public static Optional<String> under(String prefix, String url) {
        return target(url).map(t -> t.startsWith("/") ? prefix + t : t);
    }

    /** Browsers drop leading and trailing C0 controls and spaces, and every tab, CR and LF. */
    private static String withoutIgnoredCharacters(String url) {
        int from = 0;
        int to = url.length();
        while (from < to && url.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && url.charAt(to - 1) <= ' ') {
            to--;
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** In an http(s) path a backslash is a slash; in the query and fragment it stays. */
    private static String pathSlashes(String pathQueryFragment) {
        int end = pathQueryFragment.length();
        for (int i = 0; i < pathQueryFragment.length(); i++) {
            char c = pathQueryFragment.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        return pathQueryFragment.substring(0, end).replace('\\', '/') + pathQueryFragment.substring(end);
    }

    /**
     * A host of ASCII labels and an optional port. A browser reads a host whose last label is a
     * number (decimal or 0x…) as an IPv4 address and refuses it unless it is one: the last label
     * starts with a letter, or the host is a dotted-decimal address. Credentials ({@code user@}) are refused: they only make a link
     * look like it goes elsewhere.
     */
    private static boolean validAuthority(String authority) {
        Matcher m = AUTHORITY.matcher(authority);
        if (!m.matches() || (m.group(2) != null && !m.group(2).isEmpty() && Integer.parseInt(m.group(2)) > MAX_PORT)) {
            return false;
        }
        String host = m.group(1);
        char first = host.charAt(host.lastIndexOf('.') + 1);
        return first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || isIpv4(host);
    }

    private static boolean isIpv4(String host) {
        Matcher m = IPV4.matcher(host);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }
}
