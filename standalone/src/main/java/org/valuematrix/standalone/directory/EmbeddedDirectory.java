package org.valuematrix.standalone.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live embedded directory: its store plus the snapshot every read uses. Writes go to the
 * store and replace the snapshot, so readers never see half a change.
 */
public class EmbeddedDirectory {
    private final DirectoryStore store;
    private final PasswordHasher hasher;
    private final AtomicReference<DirectorySnapshot> current;
    private volatile String decoy;

    public EmbeddedDirectory(DirectoryStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
        this.current = new AtomicReference<>();
        replace(store.load());
    }

    public DirectorySnapshot snapshot() {
        return current.get();
    }

    public boolean isEmpty() {
        return current.get().users().isEmpty();
    }

    public synchronized void add(List<User> users, List<DirectoryContainer> containers) {
        store.add(users, containers);
        replace(store.load());
    }

    /** Reads the store again, after space permissions changed. */
    public synchronized void reload() {
        replace(store.load());
    }

    public synchronized void removeContainer(String key) {
        store.removeContainer(key);
        replace(store.load());
    }

    /** Replaces password hashes (user key → hash). */
    public synchronized void setPasswordHashes(Map<String, String> hashes) {
        store.setPasswordHashes(hashes);
        replace(store.load());
    }

    /**
     * @return the user when the username exists and the password matches its hash. An unknown
     *     username, or one that cannot log in, is checked against a decoy hash of the usual cost:
     *     every answer costs the same work, so the time taken tells nobody whether a name exists.
     */
    public Optional<User> authenticate(String username, String password) {
        Optional<User> user = current.get().byUsername(username);
        String stored = user.map(User::passwordHash).filter(h -> PasswordHasher.iterationsOf(h).isPresent())
                .orElse(decoy);
        boolean matches = hasher.verify(password == null ? "" : password, stored);
        return matches ? user : Optional.empty();
    }

    private void replace(DirectorySnapshot snapshot) {
        decoy = hasher.decoy(usualCost(snapshot));
        current.set(snapshot);
    }

    /** @return the iteration count most stored hashes have (the hasher's own when none is stored) */
    private int usualCost(DirectorySnapshot snapshot) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (User u : snapshot.users()) {
            PasswordHasher.iterationsOf(u.passwordHash()).ifPresent(n -> counts.merge(n, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(hasher.iterations());
    }
}
