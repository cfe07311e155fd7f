package org.valuematrix.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.matrix.MatrixAudience;
import org.valuematrix.matrix.MatrixQuery;
import org.valuematrix.matrix.MatrixService;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.ForbiddenException;
import org.valuematrix.rest.NotAuthenticatedException;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;

/**
 * The "Value Matrix" macro, host-free: one team's or the organisation's matrix and stage
 * ({@link MatrixEmbed}). Parameters: {@code team} (a team key; empty for the organisation),
 * {@code period} ({@code week}, {@code month} or {@code quarter}; default month), {@code mode}
 * ({@code compact} or {@code full}; default compact). Who sees what is the page's
 * ({@link MatrixAudience}): an anonymous, customer or partner viewer gets a short notice, whatever
 * the parameters; a team the viewer may not see is a team that does not exist. A wrong parameter
 * shows an error box on the page, never an exception.
 */
public class MatrixMacro {
    public static final String NAME = "value-matrix";
    public static final String DEFAULT_PERIOD = "month";

    private final MatrixEmbed embed;
    private final MatrixService matrix;
    private final MatrixAudience audience;
    private final TemplateRenderer templates;
    private final Messages messages;

    public MatrixMacro(MatrixEmbed embed, MatrixService matrix, MatrixAudience audience, TemplateRenderer templates,
            Messages messages) {
        this.embed = embed;
        this.matrix = matrix;
        this.audience = audience;
        this.templates = templates;
        this.messages = messages;
    }

    /** @param viewer the viewer's user key, or null for anonymous */
    public String render(Map<String, String> parameters, String viewer) {
        Map<String, String> p = parameters == null ? Map.of() : parameters;
        String team = given(p.get("team"));
        String period = given(p.get("period"));
        String mode = given(p.get("mode"));
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, List<String>> params = new HashMap<>();
        params.put("period", List.of(period == null ? DEFAULT_PERIOD : period));
        if (team != null) {
            params.put("team", List.of(team));
        }
        MatrixQuery query = null;
        try {
            query = matrix.query(params);
        } catch (BadRequestException e) {
            problems.putAll(e.errors());
        }
        if (mode != null && !"compact".equals(mode) && !"full".equals(mode)) {
            problems.put("mode", "must be compact or full");
        }
        try {
            if (!problems.isEmpty()) {
                // As on the page, whom the matrix refuses is decided before any parameter is
                // answered; every wrong one is then named at once, so one edit fixes them all.
                MatrixAudience.View view = audience.of(viewer, matrix.settings());
                if (team != null && view.team(team).isEmpty()) {
                    problems.put("team", "no such team");
                }
                return error(problems);
            }
            return embed.render(viewer, query, period == null ? DEFAULT_PERIOD : period, "full".equals(mode));
        } catch (BadRequestException e) {
            return error(e.errors());
        } catch (ForbiddenException | NotAuthenticatedException e) {
            return embed.refusal(e);
        }
    }

    private String error(Map<String, String> errors) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("title", messages.text("vm.matrix.macro.error.title"));
        List<String> problems = new ArrayList<>();
        errors.forEach((name, problem) -> problems.add(name + ": " + problem));
        ctx.put("problems", problems);
        return templates.render("templates/activity/macro-error.vm", ctx);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
