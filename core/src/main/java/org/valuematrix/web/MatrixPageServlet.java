package org.valuematrix.web;

import javax.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.matrix.MatrixService;
import org.valuematrix.matrix.PeriodKind;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.ForbiddenException;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.admin.setup.SetupNotice;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;

/**
 * The value matrix page at {@code /plugins/servlet/value-matrix}: for the chosen period and team,
 * the organisation's and each visible team's matrix as a heat table, stage, next-stage criteria as
 * progress bars, metrics, benefit evidence and target; every metric's 52-week trend of the team
 * chosen (else the organisation); every visible unit's journey week by week; the team-to-team
 * view. Every chart has a table beside it. A plain GET form, so a view is a link people can
 * share; the same parameters give the CSV and JSON downloads.
 */
public class MatrixPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String REST = "/rest/value-matrix/1.0/matrix";

    private final transient Authentication authentication;
    private final transient MatrixService matrix;
    private final transient TemplateRenderer templates;
    private final transient Messages messages;
    private final transient WebResources web;
    private final transient SetupNotice setupNotice;

    @Inject
    public MatrixPageServlet(Authentication authentication, MatrixService matrix, TemplateRenderer templates,
            Messages messages, WebResources web, SetupNotice setupNotice) {
        this.authentication = authentication;
        this.matrix = matrix;
        this.templates = templates;
        this.messages = messages;
        this.web = web;
        this.setupNotice = setupNotice;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = authentication.userKey(request);
        if (viewer.isEmpty()) {
            response.sendRedirect(web.loginUrl(request));
            return;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
        Map<String, Object> ctx = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int status;
        Map<String, Object> report = null;
        try {
            report = reportOrDefault(viewer.get(), params, problems);
            status = problems.isEmpty() ? 200 : 400;
        } catch (ForbiddenException e) {
            status = 403;
            problems.clear();
            problems.add(messages.text("vm.matrix.forbidden"));
        }
        ctx.put("problems", problems);
        ctx.put("hasProblems", !problems.isEmpty());
        ctx.put("forbidden", status == 403);
        ctx.put("units", report == null ? List.of() : new MatrixView(messages).units(report));
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        ctx.put("periodText", "");
        ctx.put("teamOptions", List.of());
        if (report != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> period = (Map<String, Object>) report.get("period");
            ctx.put("periodText", messages.text("vm.matrix.period.range", period.get("from"), period.get("to")));
            weekly(report, problems.isEmpty() && !first(params, "team").isEmpty(), ctx);
            ctx.put("teamOptions", teamOptions(report, first(params, "team")));
        }
        ctx.put("periodOptions", periodOptions(first(params, "period")));
        ctx.put("fromHtml", Html.escape(first(params, "from")));
        ctx.put("toHtml", Html.escape(first(params, "to")));
        ctx.put("actionHtml", Html.escape(web.contextPath() + "/plugins/servlet/value-matrix"));
        ctx.put("csvUrlHtml", Html.escape(web.contextPath() + REST + ".csv" + query));
        ctx.put("jsonUrlHtml", Html.escape(web.contextPath() + REST + query));
        ctx.put("edgesUrlHtml", Html.escape(web.contextPath() + REST + "/edges" + query));
        ctx.put("stagesUrlHtml", Html.escape(web.contextPath() + REST + "/stages?weeks=" + MatrixService.TREND_WEEKS));
        ctx.put("setupNoticeHtml", setupNotice.html(viewer.orElse(null)));
        ctx.put("headHtml", web.headHtml("matrix"));
        ctx.put("bodyTopHtml", web.bodyTopHtml());
        ctx.put("langHtml", Html.escape(messages.locale().toLanguageTag()));
        ctx.put("t", messages.all());
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render("templates/matrix/page.vm", ctx));
    }

    /**
     * The view asked for or, when a parameter is invalid, the default view with each problem
     * named; who may see the matrix is decided either way, so a refused caller never sees a
     * report.
     */
    private Map<String, Object> reportOrDefault(String viewer, Map<String, List<String>> params, List<String> problems) {
        try {
            return matrix.page(viewer, matrix.query(params));
        } catch (BadRequestException e) {
            e.errors().forEach((k, v) -> problems.add(k + ": " + v));
            return matrix.page(viewer, matrix.query(Map.of()));
        }
    }

    /**
     * The weekly parts: the trends of the unit in focus (the team chosen, else the organisation),
     * the journey of every unit the viewer sees, and the team-to-team view.
     */
    @SuppressWarnings("unchecked")
    private void weekly(Map<String, Object> page, boolean teamChosen, Map<String, Object> ctx) {
        List<Map<String, Object>> teams = (List<Map<String, Object>>) page.get("teams");
        List<Map<String, Object>> journey = (List<Map<String, Object>>) page.get("journey");
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) page.get("weeks");
        boolean oneTeam = teamChosen && teams.size() == 1;
        Map<String, Object> focus = oneTeam ? teams.get(0) : (Map<String, Object>) page.get("organisation");
        String name = oneTeam ? (String) focus.get("name") : messages.text("vm.matrix.organisation");
        String trendUrl = web.contextPath() + REST + "/trend?weeks=" + MatrixService.TREND_WEEKS
                + (oneTeam ? "&team=" + URLEncoder.encode((String) focus.get("key"), StandardCharsets.UTF_8) : "")
                + "&metric=";
        MatrixTrendsView trends = new MatrixTrendsView(messages);
        ctx.put("trendsTitle", messages.text("vm.matrix.trends.title", name, MatrixService.TREND_WEEKS));
        ctx.put("charts", trends.charts((Map<String, Object>) focus.get("trends"), weeks, trendUrl));
        ctx.put("journey", trends.journey(journey, weeks));
        ctx.put("journeyDescription", messages.text("vm.matrix.journey.description", MatrixService.TREND_WEEKS));
        ctx.put("edges", new MatrixEdgesView(messages).of((List<Map<String, Object>>) page.get("edges"),
                journey.subList(1, journey.size())));
    }

    /** "All your teams", then every team the viewer sees, the one asked for selected. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> teamOptions(Map<String, Object> page, String selected) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("value", "");
        all.put("label", messages.text("vm.matrix.filter.allTeams"));
        all.put("selected", selected.isEmpty());
        out.add(all);
        List<Map<String, Object>> journey = (List<Map<String, Object>>) page.get("journey");
        for (Map<String, Object> t : journey.subList(1, journey.size())) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("value", t.get("key"));
            o.put("label", t.get("name"));
            o.put("selected", selected.equals(t.get("key")));
            out.add(o);
        }
        return out;
    }

    private List<Map<String, Object>> periodOptions(String selected) {
        List<Map<String, Object>> out = new ArrayList<>();
        String chosen = selected.isEmpty() ? "month" : selected;
        for (PeriodKind k : PeriodKind.values()) {
            if (k == PeriodKind.CUSTOM) {
                continue;
            }
            String wire = k.name().toLowerCase(java.util.Locale.ROOT);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("value", wire);
            o.put("label", messages.text("vm.matrix.period." + wire));
            o.put("selected", wire.equals(chosen));
            out.add(o);
        }
        return out;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
    }
}
