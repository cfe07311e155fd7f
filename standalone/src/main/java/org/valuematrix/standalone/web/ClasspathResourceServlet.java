package org.valuematrix.standalone.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves files from one classpath folder (core's {@code web/}, AUI's copy in
 * {@code static/aui/}), from a jar or a directory alike. No listings; no way out of the folder.
 */
public class ClasspathResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "woff", "font/woff", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject", "png", "image/png",
            "gif", "image/gif", "map", "application/json;charset=UTF-8");

    private final String folder;

    /** @param folder a classpath folder without leading or trailing slash, e.g. {@code web} */
    public ClasspathResourceServlet(String folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String type = type(path);
        URL url = type == null ? null : getClass().getClassLoader().getResource(folder + path);
        if (url == null) {
            response.sendError(404);
            return;
        }
        response.setContentType(type);
        response.setHeader("Cache-Control", "public, max-age=3600");
        try (InputStream in = url.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** @return the content type of a safe path with a known extension, else null */
    static String type(String path) {
        if (path == null || path.length() < 2 || path.contains("..") || path.contains("//") || path.contains("\\")
                || !path.matches("/[A-Za-z0-9._/-]+")) {
            return null;
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(path.substring(dot + 1));
    }
}
