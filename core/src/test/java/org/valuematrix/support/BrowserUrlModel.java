package org.valuematrix.support;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where a browser goes for an {@code href} on a page of {@code http://site.example/}, following
 * the WHATWG URL standard's parser state by state (scheme start, special relative or authority,
 * relative slash, special authority ignore slashes, host), as far as the origin is concerned.
 * Written from the standard, not from {@link Links}, so that the rule is checked against it;
 * the browser test checks both against Chromium.
 */
final class BrowserUrlModel {
    static final String BASE_SCHEME = "http";
    private static final Set<String> SPECIAL = Set.of("http", "https", "ws", "wss", "ftp", "file");

    /** What the link leads to. */
    static final class Target {
        /** {@code same-origin}, {@code http}, {@code https}, {@code other-scheme} or {@code failure}. */
        final String kind;
        /** For http(s): the host as the browser serialises it (lower case). */
        final String host;

        Target(String kind, String host) {
            this.kind = kind;
            this.host = host;
        }

        boolean staysOnSite() {
            return kind.equals("same-origin");
        }

        boolean isHttp() {
            return kind.equals("http") || kind.equals("https");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Target && ((Target) o).kind.equals(kind) && Objects.equals(((Target) o).host, host);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, host);
        }

        @Override
        public String toString() {
            return host == null ? kind : kind + "://" + host;
        }
    }

    private BrowserUrlModel() {
    }

    static Target resolve(String href) {
        String s = strip(href);
        int colon = schemeEnd(s);
        if (colon < 0) {
            // No scheme: relative to the page, whose scheme (http) is special.
            return slashOrBackslash(s, 0) && slashOrBackslash(s, 1) ? authority(BASE_SCHEME, s, 2)
                    : new Target("same-origin", null);
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!SPECIAL.contains(scheme) || scheme.equals("file")) {
            return new Target("other-scheme", null);
        }
        int rest = colon + 1;
        if (scheme.equals(BASE_SCHEME)) {
            // Special relative or authority state, then relative (slash) state: only two
            // slashes or backslashes lead to an authority; anything else is a path on this site.
            return slashOrBackslash(s, rest) && slashOrBackslash(s, rest + 1) ? authority(scheme, s, rest + 2)
                    : new Target("same-origin", null);
        }
        // Special authority slashes state: whatever follows is an authority.
        return authority(scheme, s, rest);
    }

    private static String strip(String href) {
        int from = 0;
        int to = href.length();
        while (from < to && href.charAt(from) <= 0x20) {
            from++;
        }
        while (to > from && href.charAt(to - 1) <= 0x20) {
            to--;
        }
        return href.substring(from, to).replace("\t", "").replace("\n", "").replace("\r", "");
    }

    /** @return the index of the scheme's colon, or -1 when the input has no scheme */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isAlpha(s.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    /** Special authority ignore slashes state, then the authority up to / \ ? # and the host parser. */
    private static Target authority(String scheme, String s, int from) {
        int i = from;
        while (slashOrBackslash(s, i)) {
            i++;
        }
        int end = i;
        while (end < s.length() && "/\\?#".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String authority = s.substring(i, end);
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int portColon = hostPort.lastIndexOf(':');
        String host = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
        if (portColon >= 0 && !validPort(hostPort.substring(portColon + 1))) {
            return new Target("failure", null);
        }
        String parsed = host(host);
        if (parsed == null) {
            return new Target("failure", null);
        }
        return scheme.equals("http") || scheme.equals("https") ? new Target(scheme, parsed)
                : new Target("other-scheme", null);
    }

    private static boolean validPort(String port) {
        if (port.isEmpty()) {
            return true;
        }
        for (char c : port.toCharArray()) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return port.length() <= 5 && Integer.parseInt(port) <= 65535;
    }

    /** @return the host as serialised, or null for a failure; non-ASCII hosts pass as written (IDNA is not modelled) */
    private static String host(String input) {
        if (input.isEmpty()) {
            return null;
        }
        String domain = percentDecode(input).toLowerCase(Locale.ROOT);
        for (char c : domain.toCharArray()) {
            if (c <= 0x20 || c == 0x7f || "#%/:<>?@[\\]^|".indexOf(c) >= 0) {
                return null;
            }
        }
        String[] labels = domain.split("\\.", -1);
        String last = labels[labels.length - 1];
        if (last.isEmpty() && labels.length > 1) {
            last = labels[labels.length - 2];
        }
        if (isNumber(last)) {
            return ipv4(domain) ? domain : null;
        }
        return domain;
    }

    private static String percentDecode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The IPv4 number parser's idea of a number: decimal, 0x hex or 0 octal. */
    private static boolean isNumber(String part) {
        if (part.isEmpty()) {
            return false;
        }
        String p = part;
        if (p.startsWith("0x") || p.startsWith("0X")) {
            p = p.substring(2);
            return p.chars().allMatch(c -> isHex((char) c));
        }
        return p.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The IPv4 parser: up to four numbers, the last filling the remaining bytes. */
    private static boolean ipv4(String domain) {
        String[] parts = domain.split("\\.", -1);
        int n = parts.length;
        if (n > 1 && parts[n - 1].isEmpty()) {
            n--;
        }
        if (n > 4) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            java.math.BigInteger v = number(parts[i]);
            if (v == null) {
                return false;
            }
            java.math.BigInteger limit = java.math.BigInteger.valueOf(256).pow(i == n - 1 ? 5 - n : 1);
            if (v.compareTo(limit) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static java.math.BigInteger number(String part) {
        if (part.isEmpty()) {
            return null;
        }
        int radix = 10;
        String p = part;
        if (p.length() >= 2 && (p.startsWith("0x") || p.startsWith("0X"))) {
            radix = 16;
            p = p.substring(2);
        } else if (p.length() >= 2 && p.startsWith("0")) {
            radix = 8;
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            return java.math.BigInteger.ZERO;
        }
        try {
            return new java.math.BigInteger(p, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean slashOrBackslash(String s, int i) {
        return i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '\\');
    }

    private static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
