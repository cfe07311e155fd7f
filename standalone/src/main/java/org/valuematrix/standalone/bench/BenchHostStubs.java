package org.valuematrix.standalone.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.Scheduler;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;

/**
 * The ports the benchmark never exercises: it renders no page, serves no request, and runs no
 * maintenance, which would only disturb what it measures.
 */
final class BenchHostStubs implements Authentication, TemplateRenderer, Messages, WebResources, Scheduler {

    @Override
    public void schedule(String key, Duration firstAfter, Duration interval, Runnable job) {
        // Never run: see the class comment.
    }

    @Override
    public void unschedule(String key) {
        // Nothing was scheduled.
    }

    @Override
    public Optional<String> userKey(HttpServletRequest request) {
        return Optional.empty();
    }

    @Override
    public String render(String template, Map<String, Object> context) {
        throw new UnsupportedOperationException("the benchmark renders no template");
    }

    @Override
    public String text(String key, Object... args) {
        return key;
    }

    @Override
    public Map<String, String> all() {
        return Map.of();
    }

    @Override
    public Locale locale() {
        return Locale.ROOT;
    }

    @Override
    public String headHtml(String feature) {
        return "";
    }

    @Override
    public String contextPath() {
        return "";
    }

    @Override
    public String baseUrl() {
        return "http://localhost";
    }

    @Override
    public String bodyTopHtml() {
        return "";
    }

    @Override
    public String loginUrl(HttpServletRequest request) {
        return "/login";
    }
}
