package org.valuematrix.standalone.web;

import java.net.URI;
import java.util.Map;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/**
 * What REST v1's {@code com.atlassian.plugins.rest.common.filter.ExtensionJerseyFilter} does
 * (REST module 7.1.9, read in the decompiled Confluence 8.7.2 of {@code ngannk-fptu/Decompiled-Files}):
 * when the text after the last dot of the request's absolute path is {@code txt}, {@code htm},
 * {@code html}, {@code json}, {@code xml} or {@code atom} (case as written), the {@code Accept}
 * header is replaced by that type and the extension is cut from the path before resources are
 * matched; the query is kept. There, a REST module may exclude paths by pattern (init parameter
 * {@code extension.filter.excludes}); Value Matrix's module excludes none, so neither does this.
 *
 * <p>Like the original, this changes what JAX-RS sees (path, {@code Accept}) and leaves the
 * servlet request alone: a resource that read the servlet request's path or headers instead
 * would fail here as it would in the product.
 */
@PreMatching
final class ExtensionRewrite implements ContainerRequestFilter {
    private static final Map<String, String> ACCEPT = Map.of("txt", "text/plain", "htm", "text/html",
            "html", "text/html", "json", "application/json", "xml", "application/xml", "atom", "application/atom+xml");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getAbsolutePath().toString();
        int dot = path.lastIndexOf('.');
        String accept = dot < 0 ? null : ACCEPT.get(path.substring(dot + 1));
        if (accept == null) {
            return;
        }
        request.getHeaders().putSingle("Accept", accept);
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        URI stripped = URI.create(path.substring(0, dot) + (query == null ? "" : "?" + query));
        request.setRequestUri(request.getUriInfo().getBaseUri(), stripped);
    }
}
