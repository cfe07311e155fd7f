package org.valuematrix.standalone.web;

/**
 * Where to go after login: only addresses on this site, never another one (no open redirect).
 * As Seraph does in the products, an absolute address is followed as it is and a path is taken
 * inside the context, so a return address that already holds the context path would come back
 * with it twice: the host's own login links hand absolute addresses.
 */
public final class SafeRedirect {
    private SafeRedirect() {
    }

    /**
     * @param next an absolute address under the base URL, or a path inside the context
     * @return the absolute address to go to: {@code next}'s when it is on this site, else the home page's
     */
    public static String target(String next, SiteAddress site) {
        String home = site.absolute(HostPaths.HOME);
        if (next == null || next.isEmpty() || next.contains("\\") || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return home;
        }
        if (next.startsWith("/")) {
            return next.startsWith("//") ? home : site.absolute(next);
        }
        String base = site.baseUrl();
        return next.equals(base) || next.startsWith(base + "/") ? next : home;
    }
}
