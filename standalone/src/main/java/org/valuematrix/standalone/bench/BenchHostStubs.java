package org.valuematrix.standalone.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;

/** The ports the benchmark never exercises (it renders no page and serves no request). */
final class BenchHostStubs implements Authentication, TemplateRenderer, Messages, WebResources {

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
    public String bodyTopHtml() {
        return "";
    }

    @Override
    public String loginUrl(HttpServletRequest request) {
        return "/login";
    }
}
