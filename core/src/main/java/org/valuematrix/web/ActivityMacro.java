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
import org.valuematrix.team.TeamVisibility;

/**
 * The "Cross-team activity" macro, host-free. Parameters: {@code teams} and {@code spaces}
 * (comma-separated keys), {@code scope} ({@code all}, {@code within}, {@code across},
 * {@code external}), {@code max} (1–100, default 10), {@code mode} ({@code full} or
 * {@code compact}), {@code title} (a heading above the stream; none by default). A wrong
 * parameter shows an error box on the page, not a broken page.
 */
public class ActivityMacro {
    public static final int DEFAULT_MAX = 10;
    public static final int MAX_MAX = 100;
    /** A heading, not a paragraph: longer titles are cut. */
    static final int MAX_TITLE = 200;

    private final StreamFragment fragment;
    private final TeamVisibility teams;
    private final TemplateRenderer templates;
    private final Messages messages;

    public ActivityMacro(StreamFragment fragment, TeamVisibility teams, TemplateRenderer templates, Messages messages) {
        this.fragment = fragment;
        this.teams = teams;
        this.templates = templates;
        this.messages = messages;
    }

    /** @param viewer the viewer's user key, or null for anonymous */
    public String render(Map<String, String> parameters, String viewer) {
        Map<String, String> p = parameters == null ? Map.of() : parameters;
        // Every wrong parameter is reported at once, so the page author fixes them in one edit.
        Map<String, String> problems = new LinkedHashMap<>(ownProblems(p));
        StreamFilter filter = null;
        try {
            filter = new StreamRequestParser(teams.of(viewer)::contains).parse(translate(p));
        } catch (BadRequestException e) {
            problems.putAll(e.errors());
        }
        if (!problems.isEmpty()) {
            return error(problems);
        }
        String title = p.get("title");
        if (title != null && title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE);
        }
        return fragment.render(viewer, filter, "compact".equals(p.get("mode")), "", title);
    }

    private String error(Map<String, String> errors) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        // Texts: the renderer escapes them.
        ctx.put("title", messages.text("vm.macro.error.title"));
        List<String> problems = new java.util.ArrayList<>();
        errors.forEach((param, problem) -> problems.add(macroName(param) + ": " + problem));
        ctx.put("problems", problems);
        return templates.render("templates/activity/macro-error.vm", ctx);
    }

    /** Checks the macro's own parameters, which the stream parser does not know. */
    private static Map<String, String> ownProblems(Map<String, String> p) {
        Map<String, String> problems = new LinkedHashMap<>();
        String mode = p.get("mode");
        if (mode != null && !mode.isBlank() && !"compact".equals(mode) && !"full".equals(mode)) {
            problems.put("mode", "must be full or compact");
        }
        String max = p.get("max");
        if (max != null && !max.isBlank() && maxValue(max) == null) {
            problems.put("limit", "must be a whole number from 1 to " + MAX_MAX);
        }
        return problems;
    }

    private static Integer maxValue(String max) {
        try {
            int n = Integer.parseInt(max.trim());
            return n >= 1 && n <= MAX_MAX ? n : null;
        } catch (NumberFormatException e) {
            return null;
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
        Integer max = p.get("max") == null ? null : maxValue(p.get("max"));
        put(params, "limit", String.valueOf(max == null ? DEFAULT_MAX : max));
        return params;
    }

    private static void put(Map<String, List<String>> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, List.of(value));
        }
    }
}
