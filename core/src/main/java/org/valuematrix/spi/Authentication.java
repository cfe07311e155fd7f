package org.valuematrix.spi;

import java.util.Optional;
import javax.servlet.http.HttpServletRequest;

/** Who is calling: the host's authenticated user for an HTTP request. */
public interface Authentication {

    /**
     * @param request the current request; never null
     * @return the key of the authenticated user, or empty for an anonymous request
     */
    Optional<String> userKey(HttpServletRequest request);
}
