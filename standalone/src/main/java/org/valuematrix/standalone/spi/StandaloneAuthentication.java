package org.valuematrix.standalone.spi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.valuematrix.spi.Authentication;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.standalone.directory.User;

/**
 * Who is calling: the user of the login session (form login), or of an HTTP Basic
 * {@code Authorization} header (REST clients). Anything else is anonymous, and core's
 * resources answer 401 themselves. Every password check, form or Basic, goes through
 * {@link #attempt}, so the {@link LoginThrottle} sees them all.
 */
public class StandaloneAuthentication implements Authentication {
    /** Session attribute holding the logged-in user's key. */
    public static final String SESSION_USER = "org.valuematrix.standalone.user";
    private static final String REQUEST_USER = SESSION_USER + ".resolved";
    private static final String REQUEST_LOCKED = SESSION_USER + ".locked";
    private static final String ANONYMOUS = "";

    private final EmbeddedDirectory directory;
    private final BasicCredentialsCache basicCache;
    private final LoginThrottle throttle;

    public StandaloneAuthentication(EmbeddedDirectory directory, BasicCredentialsCache basicCache,
            LoginThrottle throttle) {
        this.directory = directory;
        this.basicCache = basicCache;
        this.throttle = throttle;
    }

    /** Checks a username and password, unless too many attempts for that name failed lately. */
    public LoginAttempt attempt(String username, String password) {
        Duration locked = throttle.lockedFor(username);
        if (!locked.isZero()) {
            return LoginAttempt.failed(locked);
        }
        Optional<User> user = directory.authenticate(username, password);
        if (user.isPresent()) {
            throttle.succeeded(username);
            return LoginAttempt.succeeded(user.get());
        }
        return LoginAttempt.failed(throttle.failed(username));
    }

    /** @return how long the name in this request's Basic credentials is locked; zero when it is not */
    public Duration basicLockedFor(HttpServletRequest request) {
        userKey(request);
        Object locked = request.getAttribute(REQUEST_LOCKED);
        return locked instanceof Duration ? (Duration) locked : Duration.ZERO;
    }

    @Override
    public Optional<String> userKey(HttpServletRequest request) {
        // Resolved once per request: core asks several times, and Basic verification is costly.
        Object resolved = request.getAttribute(REQUEST_USER);
        if (resolved instanceof String) {
            return ANONYMOUS.equals(resolved) ? Optional.empty() : Optional.of((String) resolved);
        }
        Optional<String> user = fromSession(request).or(() -> fromBasic(request));
        request.setAttribute(REQUEST_USER, user.orElse(ANONYMOUS));
        return user;
    }

    /** Starts a fresh session for the user (a new id: no session fixation). */
    public void logIn(HttpServletRequest request, User user) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(SESSION_USER, user.key());
        request.setAttribute(REQUEST_USER, user.key());
    }

    public void logOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.setAttribute(REQUEST_USER, ANONYMOUS);
    }

    private Optional<String> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(SESSION_USER);
        if (key instanceof String && directory.snapshot().user((String) key).isPresent()) {
            return Optional.of((String) key);
        }
        return Optional.empty();
    }

    private Optional<String> fromBasic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String encoded = header.substring(6).trim();
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String username = decoded.substring(0, colon);
        // A locked name is refused even with credentials verified a moment ago.
        Duration locked = throttle.lockedFor(username);
        Optional<String> cached = locked.isZero() ? basicCache.get(encoded) : Optional.empty();
        if (cached.isPresent()) {
            return cached.filter(key -> directory.snapshot().user(key).isPresent());
        }
        LoginAttempt attempt = attempt(username, decoded.substring(colon + 1));
        if (attempt.isLocked()) {
            request.setAttribute(REQUEST_LOCKED, attempt.locked());
        }
        attempt.user().ifPresent(u -> basicCache.put(encoded, u.key()));
        return attempt.user().map(User::key);
    }
}
