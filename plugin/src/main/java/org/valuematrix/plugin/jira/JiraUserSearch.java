package org.valuematrix.plugin.jira;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import java.util.ArrayList;
import java.util.List;
import org.valuematrix.spi.Account;

/** Jira's own user search (the user pickers'): active users whose name starts with what was typed. */
public class JiraUserSearch {
    /** Active users only, and never everyone for an empty query. */
    private static final boolean ALLOW_EMPTY = false;

    private final UserSearchService search;

    public JiraUserSearch(UserSearchService search) {
        this.search = search;
    }

    public List<Account> find(String query, int limit) {
        List<Account> out = new ArrayList<>();
        for (ApplicationUser u : search.findUsers(query, new UserSearchParams(ALLOW_EMPTY, true, false))) {
            if (out.size() == limit) {
                break;
            }
            if (u != null && u.isActive() && u.getKey() != null && u.getUsername() != null) {
                out.add(new Account(u.getKey(), u.getUsername(), u.getDisplayName()));
            }
        }
        return out;
    }
}
