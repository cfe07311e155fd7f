package org.valuematrix.spi;

import java.util.Objects;

/**
 * A host user as a person search finds them: the stable user key, the user name people type and
 * the display name the host resolves today. Never an e-mail address or a password.
 */
public final class Account {
    private final String key;
    private final String username;
    private final String displayName;

    public Account(String key, String username, String displayName) {
        this.key = Objects.requireNonNull(key, "key");
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = displayName == null || displayName.isEmpty() ? username : displayName;
    }

    public String key() {
        return key;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account && ((Account) o).key.equals(key) && ((Account) o).username.equals(username)
                && ((Account) o).displayName.equals(displayName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, username, displayName);
    }

    @Override
    public String toString() {
        return key + " " + username + " (" + displayName + ")";
    }
}
