package org.valuematrix.standalone.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * A per-session token for the host's own HTML forms (login, logout, comments). REST state
 * changes need none: they accept only JSON bodies, which a cross-site form cannot send.
 */
public final class Csrf {
    public static final String PARAMETER = "atl_token";
    private static final String ATTRIBUTE = "org.valuematrix.standalone.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** @return the session's token, creating the session and token when needed */
    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String) {
            return (String) token;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }

    /** @return the existing session's token, or "" when there is no session */
    public static String existingToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return token instanceof String ? (String) token : "";
    }

    public static boolean isValid(HttpServletRequest request) {
        String expected = existingToken(request);
        String given = request.getParameter(PARAMETER);
        return !expected.isEmpty() && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
