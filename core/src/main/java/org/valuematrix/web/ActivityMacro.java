package org.valuematrix.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.activity.stream.StreamRequestParser;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.team.TeamCatalog;

/**
 * The "Cross-team activity" macro, host-free. Parameters: {@code teams} and {@code spaces}
 * (comma-separated keys), {@code scope} ({@code all}, {@code within}, {@code across},
 * {@code external}), {@code max} (1–100, default 10), {@code mode} ({@code full} or
 * {@code compact}). A wrong parameter shows an error box on the page, not a broken page.
 */
public class ActivityMacro {
    public static final int DEFAULT_MAX = 10;
    public static final int MAX_MAX = 100;

    private final StreamFragment fragment;
    private final TeamCatalog teams;
    private final TemplateRenderer templates;
    private final Messages messages;

    public ActivityMacro(StreamFragment fragment, TeamCatalog teams, TemplateRenderer templates, Messages messages) {
        this.fragment = fragment;
        this.teams = teams;
        this.templates = templates;
        this.messages = messages;
    }

    /** @param viewer the viewer's user key, or null for anonymous */
    public String render(Map<String, String> parameters, String viewer) {
        Map<String, String> p = parameters == null ? Map.of() : parameters;
        try {
            StreamFilter filter = new StreamRequestParser(key -> teams.team(key).isPresent()).parse(translate(p));
            boolean compact = "compact".equals(p.get("mode"));
            String mode = p.get("mode");
            if (mode != null && !mode.isBlank() && !"compact".equals(mode) && !"full".equals(mode)) {
                throw BadRequestException.of("mode", "must be full or compact");
            }
            return fragment.render(viewer, filter, compact);
        } catch (BadRequestException e) {
            Map<String, Object> ctx = new LinkedHashMap<>();
            ctx.put("titleHtml", Html.escape(messages.text("vm.macro.error.title")));
            List<String> problems = new java.util.ArrayList<>();
            e.errors().forEach((param, problem) -> problems.add(Html.escape(macroName(param) + ": " + problem)));
            ctx.put("problemsHtml", problems);
            return templates.render("templates/activity/macro-error.vm", ctx);
        }
    }

    private static String macroName(String param) {
        switch (param) {
            case "team": return "teams";
            case "container": return "spaces";
            case "limit": return "max";
            default: return param;
        }
    }

    private static Map<String, List<String>> translate(Map<String, String> p) {
        Map<String, List<String>> params = new HashMap<>();
        put(params, "team", p.get("teams"));
        put(params, "container", p.get("spaces"));
        String scope = p.get("scope");
        if (scope != null && !scope.isBlank() && !"all".equals(scope)) {
            put(params, "scope", scope);
        }
        String max = p.get("max");
        if (max != null && !max.isBlank()) {
            try {
                int n = Integer.parseInt(max.trim());
                if (n < 1 || n > MAX_MAX) {
                    throw BadRequestException.of("limit", "must be a whole number from 1 to " + MAX_MAX);
                }
            } catch (NumberFormatException e) {
                throw BadRequestException.of("limit", "must be a whole number from 1 to " + MAX_MAX);
            }
            put(params, "limit", max.trim());
        } else {
            put(params, "limit", String.valueOf(DEFAULT_MAX));
        }
        return params;
    }

    private static void put(Map<String, List<String>> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, List.of(value));
        }
    }
}
