package org.valuematrix.standalone.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.valuematrix.spi.Account;
import org.valuematrix.spi.UserSearch;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.standalone.directory.User;

/**
 * People of the embedded directory by name: a user name that starts with what was typed ranks
 * before a display name that does, and a display name whose later word does ("oko" finds Sam
 * Okoro) comes last; ties by display name.
 */
public class StandaloneUserSearch implements UserSearch {
    private final EmbeddedDirectory directory;

    public StandaloneUserSearch(EmbeddedDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Account> search(String query, int limit) {
        String q = query.trim().toLowerCase(Locale.ROOT);
        List<Ranked> found = new ArrayList<>();
        for (User u : directory.snapshot().users()) {
            int rank = rank(u, q);
            if (rank >= 0) {
                found.add(new Ranked(rank, u));
            }
        }
        found.sort(Comparator.comparingInt((Ranked r) -> r.rank).thenComparing(r -> r.user.displayName())
                .thenComparing(r -> r.user.username()));
        List<Account> out = new ArrayList<>(Math.min(limit, found.size()));
        for (int i = 0; i < found.size() && i < limit; i++) {
            out.add(account(found.get(i).user));
        }
        return out;
    }

    @Override
    public Optional<Account> byUsername(String username) {
        Optional<User> exact = directory.snapshot().byUsername(username);
        if (exact.isPresent()) {
            return exact.map(StandaloneUserSearch::account);
        }
        for (User u : directory.snapshot().users()) {
            if (u.username().equalsIgnoreCase(username)) {
                return Optional.of(account(u));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Account> byKey(String key) {
        return directory.snapshot().user(key).map(StandaloneUserSearch::account);
    }

    /** @return 0 the user name is the query, 1 it starts with it, 2 the display name does, 3 a later word does; -1 no match */
    private static int rank(User u, String q) {
        String username = u.username().toLowerCase(Locale.ROOT);
        String name = u.displayName().toLowerCase(Locale.ROOT);
        if (username.equals(q)) {
            return 0;
        }
        if (username.startsWith(q)) {
            return 1;
        }
        if (name.startsWith(q)) {
            return 2;
        }
        for (String word : name.split("[\\s\\-]+")) {
            if (word.startsWith(q)) {
                return 3;
            }
        }
        return -1;
    }

    private static Account account(User u) {
        return new Account(u.key(), u.username(), u.displayName());
    }

    private static final class Ranked {
        final int rank;
        final User user;

        Ranked(int rank, User user) {
            this.rank = rank;
            this.user = user;
        }
    }
}
