package org.valuematrix.standalone.spi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.Person;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;
import org.valuematrix.standalone.web.Csrf;
import org.valuematrix.standalone.web.CurrentRequest;
import org.valuematrix.standalone.web.HostPaths;
import org.valuematrix.standalone.web.SiteAddress;
import org.valuematrix.support.Html;

/**
 * Page resources and chrome of the standalone host: AUI (from npm, served from the jar), core's
 * feature scripts and styles (core's {@code web/} folder, served at {@code /static/vm/}), and
 * an AUI application header with the navigation and the logged-in user.
 */
public class StandaloneWebResources implements WebResources {
    private static final Pattern FEATURE = Pattern.compile("[a-z0-9-]{1,64}");

    private final Authentication authentication;
    private final Directory directory;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final SiteAddress address;

    public StandaloneWebResources(Authentication authentication, Directory directory, TemplateRenderer templates,
            Messages messages, SiteAddress address) {
        this.authentication = authentication;
        this.directory = directory;
        this.templates = templates;
        this.messages = messages;
        this.address = address;
    }

    /** @return where the host lives: context path and base URL */
    public SiteAddress address() {
        return address;
    }

    @Override
    public String headHtml(String feature) {
        if (!FEATURE.matcher(feature).matches()) {
            throw new IllegalArgumentException("not a feature name: " + feature);
        }
        String vm = HostPaths.STATIC_CORE + "/" + feature + "/" + feature;
        return stylesheet(HostPaths.STATIC_AUI + "/aui-prototyping.css")
                + stylesheet(vm + ".css")
                + stylesheet(HostPaths.STATIC_HOST + "/standalone.css")
                + script(HostPaths.STATIC_AUI + "/jquery.min.js")
                + script(HostPaths.STATIC_AUI + "/aui-prototyping.js")
                + script(vm + ".js")
                + script(HostPaths.STATIC_HOST + "/standalone.js");
    }

    /**
     * @return one more feature's stylesheet and script, for a page whose head is already
     *     {@link #headHtml}'s (a space page that shows the value-matrix macro besides the stream)
     */
    public String featureHtml(String feature) {
        if (!FEATURE.matcher(feature).matches()) {
            throw new IllegalArgumentException("not a feature name: " + feature);
        }
        String vm = HostPaths.STATIC_CORE + "/" + feature + "/" + feature;
        return stylesheet(vm + ".css") + script(vm + ".js");
    }

    /** The head of the host's pages that show no Value Matrix feature (the login page). */
    public String baseHeadHtml() {
        return stylesheet(HostPaths.STATIC_AUI + "/aui-prototyping.css")
                + stylesheet(HostPaths.STATIC_HOST + "/standalone.css")
                + script(HostPaths.STATIC_AUI + "/jquery.min.js")
                + script(HostPaths.STATIC_AUI + "/aui-prototyping.js");
    }

    @Override
    public String contextPath() {
        return address.contextPath();
    }

    /** The {@code --base-url} option, else the address the server listens on. */
    @Override
    public String baseUrl() {
        return address.baseUrl();
    }

    @Override
    public String bodyTopHtml() {
        Optional<HttpServletRequest> request = CurrentRequest.get();
        Optional<String> user = request.flatMap(authentication::userKey);
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("t", messages.all());
        ctx.put("homeHtml", Html.escape(address.link(HostPaths.HOME)));
        ctx.put("activityHtml", Html.escape(address.link(HostPaths.ACTIVITY)));
        ctx.put("matrixHtml", Html.escape(address.link(HostPaths.MATRIX)));
        ctx.put("spacesHtml", Html.escape(address.link(HostPaths.SPACES)));
        ctx.put("teamsHtml", Html.escape(address.link(HostPaths.TEAMS)));
        ctx.put("logoutHtml", Html.escape(address.link(HostPaths.LOGOUT)));
        ctx.put("loginHtml", Html.escape(request.map(this::loginUrl).orElse(address.link(HostPaths.LOGIN))));
        ctx.put("loggedIn", user.isPresent());
        ctx.put("isAdmin", user.map(directory::isAdmin).orElse(false));
        ctx.put("userHtml", Html.escape(user.flatMap(directory::person).map(Person::displayName).orElse("")));
        ctx.put("logoutTokenHtml", Html.escape(request.map(Csrf::existingToken).orElse("")));
        return templates.render("templates/standalone/header.vm", ctx);
    }

    /** As SAL's login URI in the products: the return address is absolute, under the base URL. */
    @Override
    public String loginUrl(HttpServletRequest request) {
        return address.absolute(HostPaths.LOGIN) + "?next="
                + URLEncoder.encode(address.absolute(request), StandardCharsets.UTF_8);
    }

    private String stylesheet(String path) {
        return "<link rel=\"stylesheet\" href=\"" + Html.escape(address.link(path)) + "\">\n";
    }

    private String script(String path) {
        return "<script src=\"" + Html.escape(address.link(path)) + "\"></script>\n";
    }
}
