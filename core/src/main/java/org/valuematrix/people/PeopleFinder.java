package org.valuematrix.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.valuematrix.spi.Account;
import org.valuematrix.spi.UserSearch;

/**
 * Finds people by name for one viewer, and turns what a person typed into a filter ({@code actor=}
 * takes a user key or a user name) into a user key, never answering with anyone the viewer may not
 * learn about ({@link PeopleVisibility}).
 */
public class PeopleFinder {
    /** How many more accounts to ask the host for than wanted, so that trimming still fills a page. */
    private static final int OVERFETCH = 4;
    private static final int MAX_FETCH = 200;

    private final UserSearch users;
    private final PeopleVisibility visibility;

    public PeopleFinder(UserSearch users, PeopleVisibility visibility) {
        this.users = users;
        this.visibility = visibility;
    }

    /** @return at most {@code limit} people the viewer may learn about whose names match {@code query} */
    public List<Account> find(String viewer, String query, int limit) {
        Predicate<String> sees = visibility.of(viewer);
        List<Account> out = new ArrayList<>(limit);
        for (Account a : users.search(query, Math.min(MAX_FETCH, limit * OVERFETCH))) {
            if (out.size() == limit) {
                break;
            }
            if (sees.test(a.key())) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * @param value a user key or a user name (keys first: a key is what links carry)
     * @return the person the viewer may learn about, or empty: unknown and hidden people answer alike
     */
    public Optional<Account> account(String viewer, String value) {
        return account(visibility.of(viewer), value);
    }

    /** @return for one viewer, reading who they may see once: each value's user key, or empty as {@link #account} */
    public Function<String, Optional<String>> resolver(String viewer) {
        Predicate<String> sees = visibility.of(viewer);
        return value -> account(sees, value).map(Account::key);
    }

    private Optional<Account> account(Predicate<String> sees, String value) {
        return users.byKey(value).filter(a -> sees.test(a.key()))
                .or(() -> users.byUsername(value).filter(a -> sees.test(a.key())));
    }
}
