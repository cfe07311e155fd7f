package org.valuematrix.spi;

import java.util.Objects;

/**
 * A host user as Value Matrix shows it: the stable user key (never a user name, e-mail or
 * password) and the display name the host resolves today.
 */
public final class Person {
    private final String key;
    private final String displayName;

    public Person(String key, String displayName) {
        this.key = Objects.requireNonNull(key, "key");
        this.displayName = displayName == null || displayName.isEmpty() ? key : displayName;
    }

    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person && ((Person) o).key.equals(key) && ((Person) o).displayName.equals(displayName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, displayName);
    }

    @Override
    public String toString() {
        return key + " (" + displayName + ")";
    }
}
