package org.valuematrix.testing;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.valuematrix.spi.Authentication;

/**
 * Tiny in-process HTTP requests: who is calling (read back by {@link #AUTHENTICATION}) and the
 * address the request names ({@code http://evil.example:8080/wiki}, as a forged {@code Host}
 * header makes it): never the site's base URL ({@link FakeWebResources#BASE_URL}). Any other
 * request method fails loudly, so a test notices when code starts to depend on more.
 */
public final class Requests {
    public static final String USER_ATTRIBUTE = "test.user";
    public static final String SCHEME = "http";
    public static final String HOST = "evil.example";
    public static final int PORT = 8080;

    /** The host's authentication, as these requests carry it. */
    public static final Authentication AUTHENTICATION =
            request -> Optional.ofNullable((String) request.getAttribute(USER_ATTRIBUTE));

    private Requests() {
    }

    /** A request body as a host hands it to a resource: bytes, read once. */
    public static java.io.InputStream body(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static HttpServletRequest anonymous() {
        return request(null, Map.of());
    }

    /** @param userKey the caller, or null for anonymous; @param contentLength the declared body length */
    public static HttpServletRequest declaring(String userKey, long contentLength) {
        return request(userKey, Map.of(), contentLength);
    }

    public static HttpServletRequest as(String userKey) {
        return request(userKey, Map.of());
    }

    /** @param parameters form/query parameters, for servlets */
    public static HttpServletRequest as(String userKey, Map<String, String[]> parameters) {
        return request(userKey, parameters);
    }

    private static HttpServletRequest request(String userKey, Map<String, String[]> parameters) {
        return request(userKey, parameters, -1);
    }

    private static HttpServletRequest request(String userKey, Map<String, String[]> parameters, long contentLength) {
        Map<String, Object> attributes = new HashMap<>();
        if (userKey != null) {
            attributes.put(USER_ATTRIBUTE, userKey);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(Requests.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getAttribute": return attributes.get((String) args[0]);
                        case "setAttribute": attributes.put((String) args[0], args[1]); return null;
                        case "getScheme": return SCHEME;
                        case "getServerName": return HOST;
                        case "getServerPort": return PORT;
                        case "getContextPath": return FakeWebResources.CONTEXT_PATH;
                        case "getParameterMap": return Collections.unmodifiableMap(parameters);
                        case "getParameter":
                            String[] v = parameters.get((String) args[0]);
                            return v == null || v.length == 0 ? null : v[0];
                        case "getQueryString": return null;
                        // A request from a client, not from a page's script: no X-Requested-With.
                        case "getHeader": return null;
                        case "getContentLengthLong": return contentLength;
                        case "getLocale": return java.util.Locale.ENGLISH;
                        case "toString": return "request as " + userKey;
                        case "hashCode": return System.identityHashCode(proxy);
                        case "equals": return proxy == args[0];
                        default: throw new UnsupportedOperationException("test request has no " + method.getName());
                    }
                });
    }
}
