package org.valuematrix.standalone.directory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live embedded directory: its store plus the snapshot every read uses. Writes go to the
 * store and replace the snapshot, so readers never see half a change.
 */
public class EmbeddedDirectory {
    private final DirectoryStore store;
    private final AtomicReference<DirectorySnapshot> current;

    public EmbeddedDirectory(DirectoryStore store) {
        this.store = store;
        this.current = new AtomicReference<>(store.load());
    }

    public DirectorySnapshot snapshot() {
        return current.get();
    }

    public boolean isEmpty() {
        return current.get().users().isEmpty();
    }

    public synchronized void add(List<User> users, List<DirectoryContainer> containers) {
        store.add(users, containers);
        current.set(store.load());
    }

    /** Replaces password hashes (user key → hash). */
    public synchronized void setPasswordHashes(java.util.Map<String, String> hashes) {
        store.setPasswordHashes(hashes);
        current.set(store.load());
    }

    /** @return the user when the username exists and the password matches its hash */
    public Optional<User> authenticate(String username, String password) {
        Optional<User> user = current.get().byUsername(username);
        if (user.isPresent() && PasswordHasher.verify(password, user.get().passwordHash())) {
            return user;
        }
        return Optional.empty();
    }
}
