package org.valuematrix.standalone.spi;

import java.time.Duration;
import java.util.Optional;
import org.valuematrix.standalone.directory.User;

/** What one login attempt came to: the user, a plain failure, or a name locked for a while. */
public final class LoginAttempt {
    private final User user;
    private final Duration locked;

    private LoginAttempt(User user, Duration locked) {
        this.user = user;
        this.locked = locked;
    }

    static LoginAttempt succeeded(User user) {
        return new LoginAttempt(user, Duration.ZERO);
    }

    static LoginAttempt failed(Duration locked) {
        return new LoginAttempt(null, locked);
    }

    public Optional<User> user() {
        return Optional.ofNullable(user);
    }

    /** @return how long the name stays locked; zero unless this attempt was refused for a lock */
    public Duration locked() {
        return locked;
    }

    public boolean isLocked() {
        return !locked.isZero();
    }
}
