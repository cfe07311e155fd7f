package org.valuematrix.plugin.common;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.valuematrix.spi.Authentication;

/** {@link Authentication} from SAL: the same in Confluence and Jira. */
public class SalAuthentication implements Authentication {
    private final UserManager users;

    public SalAuthentication(UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<String> userKey(HttpServletRequest request) {
        return Optional.ofNullable(users.getRemoteUserKey(request)).map(UserKey::getStringValue);
    }
}
