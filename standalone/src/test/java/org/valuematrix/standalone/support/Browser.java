package org.valuematrix.standalone.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A cookie-keeping HTTP client that uses the host's pages and forms as a browser would (without script). */
public final class Browser {
    private final String base;
    private final HttpClient client;

    public Browser(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /**
     * Follows an address as a browser does, with the Accept header it sends: a link of a page or
     * a Location header, absolute or a path on the base URL's site.
     */
    public HttpResponse<String> follow(String ref) {
        return send(HttpRequest.newBuilder(resolve(ref))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET());
    }

    /** Submits a page's form (its action, its hidden fields, plus {@code fields}) as a browser would. */
    public HttpResponse<String> submit(HttpResponse<String> page, String formSelector, Map<String, String> fields) {
        org.jsoup.nodes.Element form = html(page).selectFirst(formSelector);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> values.put(i.attr("name"), i.attr("value")));
        values.putAll(fields);
        StringJoiner body = new StringJoiner("&");
        values.forEach((k, v) -> body.add(Api.encode(k) + "=" + Api.encode(v)));
        return send(HttpRequest.newBuilder(resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** @return {@code ref} resolved as a page of the base URL resolves it */
    public URI resolve(String ref) {
        return URI.create(base + "/").resolve(ref);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body.add(Api.encode(k) + "=" + Api.encode(v)));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Logs in through the form with password "demo"; @return the response to the form post */
    public HttpResponse<String> logIn(String username, String next) {
        String token = token(get("/login" + (next == null ? "" : "?next=" + Api.encode(next))));
        return postForm("/login", Map.of("os_username", username, "os_password", Api.PASSWORD, "atl_token", token,
                "next", next == null ? "/" : next));
    }

    /** @return the form token in a page */
    public static String token(HttpResponse<String> page) {
        return html(page).select("input[name=atl_token]").first().attr("value");
    }

    public static Document html(HttpResponse<String> page) {
        return Jsoup.parse(page.body(), page.uri().toString());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
