package org.valuematrix.rest;

import javax.servlet.http.HttpServletRequest;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Directory;

/** Who is calling, checked in code on every resource (hosts' annotations are not relied on). */
public class Caller {
    private final Authentication authentication;
    private final Directory directory;

    public Caller(Authentication authentication, Directory directory) {
        this.authentication = authentication;
        this.directory = directory;
    }

    /** @return the caller's user key @throws NotAuthenticatedException for anonymous callers */
    public String user(HttpServletRequest request) {
        return authentication.userKey(request)
                .orElseThrow(() -> new NotAuthenticatedException("anonymous", fromScript(request)));
    }

    /**
     * @return whether a page's script sent the request ({@code X-Requested-With: XMLHttpRequest},
     *     which the plugin's scripts send): its 401 must not challenge with Basic, or the browser
     *     holds the request behind a password dialog and the page waits for ever
     */
    public static boolean fromScript(HttpServletRequest request) {
        return "XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"));
    }

    /** @return the caller's user key @throws ForbiddenException unless the caller is an admin */
    public String admin(HttpServletRequest request) {
        String user = user(request);
        if (!directory.isAdmin(user)) {
            throw new ForbiddenException("Only administrators may do this.");
        }
        return user;
    }

    public boolean isAdmin(String user) {
        return directory.isAdmin(user);
    }
}
