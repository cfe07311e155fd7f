package org.valuematrix.people;

import java.util.List;
import java.util.Optional;
import org.valuematrix.spi.Account;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.UserSearch;

/**
 * A user search for hosts that have none (the benchmark's): people are known by their keys only,
 * so {@code actor=} still takes a key and searching by name finds no one.
 */
public final class DirectoryKeys implements UserSearch {
    private final Directory directory;

    public DirectoryKeys(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<Account> search(String query, int limit) {
        return List.of();
    }

    @Override
    public Optional<Account> byUsername(String username) {
        return Optional.empty();
    }

    @Override
    public Optional<Account> byKey(String key) {
        return directory.person(key).map(p -> new Account(p.key(), p.key(), p.displayName()));
    }
}
