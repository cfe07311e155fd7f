package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.MultiTermBooleanQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.spi.Account;

/**
 * Confluence's user directories searched by part of a name: user names starting with what was
 * typed, and display names containing it (so "oko" finds "Sam Okoro"; matches inside a word come
 * too, which the port allows). Active users only, as Crowd says.
 *
 * <p>Confluence 8.x publishes no user search in its CQL service ({@code CQLSearchService} has no
 * {@code searchUsers}; its generic {@code search} is {@code @Internal}), so this asks atlassian-user
 * ({@code UserAccessor.findUsersAsList}), the query Confluence's own user pickers build. It takes
 * terms, not a query language: quotes and other characters are matched as typed, and the one
 * wildcard, {@code *}, is dropped so nobody lists every user with it.
 */
final class ConfluenceUserSearch {
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceUserSearch.class);

    private final UserAccessor users;
    private final CrowdService crowd;

    ConfluenceUserSearch(UserAccessor users, CrowdService crowd) {
        this.users = users;
        this.crowd = crowd;
    }

    List<Account> find(String query, int limit) {
        String term = query == null ? "" : query.replace(TermQuery.WILDCARD, "").trim();
        List<Account> out = new ArrayList<>();
        if (term.isEmpty()) {
            return out;
        }
        List<User> found;
        try {
            found = users.findUsersAsList(MultiTermBooleanQuery.anyOf(byName(term), byFullName(term)));
        } catch (EntityException e) {
            LOG.warn("Confluence's user directories could not be searched", e);
            return out;
        }
        for (User u : found) {
            if (out.size() == limit) {
                break;
            }
            account(u).ifPresent(out::add);
        }
        return out;
    }

    private static Query<User> byName(String term) {
        return new UserNameTermQuery(term, TermQuery.SUBSTRING_STARTS_WITH);
    }

    private static Query<User> byFullName(String term) {
        return new FullNameTermQuery(term, TermQuery.SUBSTRING_CONTAINS);
    }

    private Optional<Account> account(User u) {
        if (u == null || u.getName() == null) {
            return Optional.empty();
        }
        com.atlassian.crowd.embedded.api.User directoryUser = crowd.getUser(u.getName());
        if (directoryUser == null || !directoryUser.isActive()) {
            return Optional.empty();
        }
        ConfluenceUser cu = u instanceof ConfluenceUser ? (ConfluenceUser) u : users.getUserByName(u.getName());
        String key = ConfluenceEventMapper.key(cu);
        return key == null ? Optional.empty()
                : Optional.of(new Account(key, u.getName(), u.getFullName()));
    }
}
