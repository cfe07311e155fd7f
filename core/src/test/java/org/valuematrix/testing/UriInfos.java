package org.valuematrix.testing;

import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.UriInfo;

/** {@link UriInfo} for a query string, as JAX-RS would decode it. */
public final class UriInfos {
    private UriInfos() {
    }

    /** @param query e.g. {@code scope=across&limit=5} (URL-encoded), or "" */
    public static UriInfo query(String query) {
        Params params = new Params();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.add(name, value);
            }
        }
        return (UriInfo) Proxy.newProxyInstance(UriInfos.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getQueryParameters")) {
                        return params;
                    }
                    throw new UnsupportedOperationException("test UriInfo has no " + method.getName());
                });
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static final class Params extends LinkedHashMap<String, List<String>> implements MultivaluedMap<String, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public void putSingle(String key, String value) {
            List<String> l = new ArrayList<>();
            l.add(value);
            put(key, l);
        }

        @Override
        public void add(String key, String value) {
            computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }

        @Override
        public String getFirst(String key) {
            List<String> l = get(key);
            return l == null || l.isEmpty() ? null : l.get(0);
        }
    }
}
