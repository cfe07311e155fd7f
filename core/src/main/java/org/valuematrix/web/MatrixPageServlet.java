package org.valuematrix.web;

import javax.inject.Inject;
import java.io.IOException;
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
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;

/**
 * The value matrix page at {@code /plugins/servlet/value-matrix}: for the chosen period, the
 * organisation's and each visible team's matrix as a heat table, stage, next-stage criteria as
 * progress bars, metrics and target. A plain GET form, so a view is a link people can share; the
 * same parameters give the CSV and JSON downloads.
 */
public class MatrixPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String REST = "/rest/value-matrix/1.0/matrix";

    private final transient Authentication authentication;
    private final transient MatrixService matrix;
    private final transient TemplateRenderer templates;
    private final transient Messages messages;
    private final transient WebResources web;

    @Inject
    public MatrixPageServlet(Authentication authentication, MatrixService matrix, TemplateRenderer templates,
            Messages messages, WebResources web) {
        this.authentication = authentication;
        this.matrix = matrix;
        this.templates = templates;
        this.messages = messages;
        this.web = web;
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
        if (report != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> period = (Map<String, Object>) report.get("period");
            ctx.put("periodText", messages.text("vm.matrix.period.range", period.get("from"), period.get("to")));
        } else {
            ctx.put("periodText", "");
        }
        ctx.put("periodOptions", periodOptions(first(params, "period")));
        ctx.put("fromHtml", Html.escape(first(params, "from")));
        ctx.put("toHtml", Html.escape(first(params, "to")));
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        ctx.put("actionHtml", Html.escape(web.contextPath() + "/plugins/servlet/value-matrix"));
        ctx.put("csvUrlHtml", Html.escape(web.contextPath() + REST + ".csv" + query));
        ctx.put("jsonUrlHtml", Html.escape(web.contextPath() + REST + query));
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
            return matrix.report(viewer, matrix.query(params));
        } catch (BadRequestException e) {
            e.errors().forEach((k, v) -> problems.add(k + ": " + v));
            return matrix.report(viewer, matrix.query(Map.of()));
        }
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
