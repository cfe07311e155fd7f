package org.valuematrix.standalone.web;

/** Where to go after login: only paths on this host, never another site (no open redirect). */
public final class SafeRedirect {
    private SafeRedirect() {
    }

    /** @return {@code next} when it is a path on this host, otherwise the home page */
    public static String target(String next) {
        if (next == null || next.isEmpty() || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return HostPaths.HOME;
        }
        return next;
    }
}
