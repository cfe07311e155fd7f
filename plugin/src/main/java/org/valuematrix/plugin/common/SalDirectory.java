package org.valuematrix.plugin.common;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Optional;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Person;

/**
 * The half of {@link Directory} SAL answers the same way in both products (display names,
 * administrators); groups are product-specific and left to subclasses.
 */
public abstract class SalDirectory implements Directory {
    private final UserManager users;

    protected SalDirectory(UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<Person> person(String userKey) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null ? Optional.empty() : Optional.of(new Person(userKey, profile.getFullName()));
    }

    @Override
    public boolean isAdmin(String userKey) {
        if (userKey == null) {
            return false;
        }
        UserKey key = new UserKey(userKey);
        return users.isAdmin(key) || users.isSystemAdmin(key);
    }
}
