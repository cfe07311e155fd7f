package org.valuematrix.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.matrix.MatrixQuery;
import org.valuematrix.matrix.MatrixService;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.ForbiddenException;
import org.valuematrix.rest.NotAuthenticatedException;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;

/**
 * One unit of the value matrix, a team's or the organisation's, as the embeds show it (the
 * {@code value-matrix} macro, the project page, the dashboard item): compact is the stage and
 * the 2 × 3 heat table, full adds the next stage's criteria and the metrics. The numbers are
 * {@link MatrixService#report}'s, worded by the page's {@link MatrixView}, printed with the
 * page's classes; a link opens the page on the same team and period.
 */
public class MatrixEmbed {
    static final String TEMPLATE = "templates/matrix/embed.vm";
    static final String PAGE = "/plugins/servlet/value-matrix";

    private final MatrixService matrix;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final WebResources web;

    public MatrixEmbed(MatrixService matrix, TemplateRenderer templates, Messages messages, WebResources web) {
        this.matrix = matrix;
        this.templates = templates;
        this.messages = messages;
        this.web = web;
    }

    /**
     * @param viewer the viewer's user key, or null when anonymous
     * @param query the period and, when present, the team; the organisation otherwise
     * @param period the period's name in the page's link: {@code week}, {@code month} or {@code quarter}
     * @throws BadRequestException naming {@code team} when the viewer sees no such team
     * @throws ForbiddenException for a customer or partner
     * @throws NotAuthenticatedException for an anonymous viewer
     */
    @SuppressWarnings("unchecked")
    public String render(String viewer, MatrixQuery query, String period, boolean full) {
        Map<String, Object> report = new LinkedHashMap<>(matrix.report(viewer, query));
        if (query.team().isEmpty()) {
            // The organisation alone: the other units would be worded for nothing.
            report.put("teams", List.of());
        }
        List<Map<String, Object>> units = new MatrixView(messages).units(report);
        Map<String, Object> unit = units.get(units.size() - 1);
        Map<String, Object> periodRange = (Map<String, Object>) report.get("period");
        Map<String, Object> ctx = context();
        ctx.put("u", unit);
        ctx.put("full", full);
        ctx.put("label", messages.text("vm.matrix.embed.label", unit.get("name")));
        ctx.put("periodText", messages.text("vm.matrix.period.range", periodRange.get("from"), periodRange.get("to")));
        String link = web.contextPath() + PAGE + "?period=" + encode(period)
                + query.team().map(t -> "&team=" + encode(t)).orElse("");
        ctx.put("pageUrlHtml", Html.escape(link));
        return templates.render(TEMPLATE, ctx);
    }

    /** @return the short notice a viewer the matrix refuses sees in its place: no number, no team */
    public String refusal(RuntimeException refused) {
        return notice(messages.text(refused instanceof NotAuthenticatedException ? "vm.matrix.embed.login"
                : "vm.matrix.forbidden"), null);
    }

    /**
     * @param text the notice, text the renderer escapes
     * @param linkToOrganisation whether to add a link to the organisation's matrix, for a period name
     *     ({@code month}), or null for none
     */
    public String notice(String text, String linkToOrganisation) {
        Map<String, Object> ctx = context();
        ctx.put("isNotice", true);
        ctx.put("notice", text);
        ctx.put("hasLink", linkToOrganisation != null);
        ctx.put("pageUrlHtml", Html.escape(web.contextPath() + PAGE
                + (linkToOrganisation == null ? "" : "?period=" + encode(linkToOrganisation))));
        return templates.render(TEMPLATE, ctx);
    }

    private Map<String, Object> context() {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("t", messages.all());
        ctx.put("isNotice", false);
        ctx.put("full", false);
        return ctx;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
