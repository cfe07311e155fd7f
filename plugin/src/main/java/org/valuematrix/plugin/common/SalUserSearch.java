package org.valuematrix.plugin.common;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.List;
import java.util.Optional;
import org.valuematrix.spi.Account;
import org.valuematrix.spi.UserSearch;

/**
 * People by key and by user name through SAL, in both products; by part of a name through the
 * product's own user search ({@link ProductHost#findUsers}).
 */
public class SalUserSearch implements UserSearch {
    private final UserManager users;
    private final ProductHost product;

    public SalUserSearch(UserManager users, ProductHost product) {
        this.users = users;
        this.product = product;
    }

    @Override
    public List<Account> search(String query, int limit) {
        return product.findUsers(query, limit);
    }

    @Override
    public Optional<Account> byUsername(String username) {
        return account(users.getUserProfile(username));
    }

    @Override
    public Optional<Account> byKey(String key) {
        return account(users.getUserProfile(new UserKey(key)));
    }

    private static Optional<Account> account(UserProfile p) {
        if (p == null || p.getUserKey() == null || p.getUsername() == null) {
            return Optional.empty();
        }
        return Optional.of(new Account(p.getUserKey().getStringValue(), p.getUsername(), p.getFullName()));
    }
}
