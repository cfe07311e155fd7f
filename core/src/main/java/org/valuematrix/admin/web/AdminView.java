package org.valuematrix.admin.web;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.valuematrix.admin.AuditLog;
import org.valuematrix.admin.RebuildJobs;
import org.valuematrix.matrix.MatrixSettings;
import org.valuematrix.matrix.MatrixSettingsStore;
import org.valuematrix.matrix.Target;
import org.valuematrix.spi.Messages;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;

/**
 * The Measurement and privacy page's template context: the settings as form fields, each threshold explained in a
 * sentence that carries its current value, the targets per team, the rebuild's state and the
 * newest audit entries. Only String, Number, Boolean, Map and List.
 */
public final class AdminView implements AdminPageServlet.PageContext {
    private static final String[] THRESHOLDS = {"participation", "withinInteractionsPerActiveMemberPerWeek",
        "eiIndex", "crossTeamReach", "newCrossSiloTiesPerMember", "externalShare"};
    private static final int AUDIT_PAGE = 20;

    private final MatrixSettingsStore settings;
    private final TeamCatalog catalog;
    private final RebuildJobs rebuilds;
    private final AuditLog audit;
    private final Messages messages;

    public AdminView(MatrixSettingsStore settings, TeamCatalog catalog, RebuildJobs rebuilds, AuditLog audit,
            Messages messages) {
        this.settings = settings;
        this.catalog = catalog;
        this.rebuilds = rebuilds;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public Map<String, Object> context() {
        MatrixSettings s = settings.stored();
        Map<String, Object> values = s.toMap();
        Map<String, Object> ctx = new LinkedHashMap<>();
        List<Map<String, Object>> thresholds = new ArrayList<>();
        for (String name : THRESHOLDS) {
            Object value = values.get(name);
            thresholds.add(field(name, String.valueOf(value), messages.text("vm.admin.explain." + name, shown(name, value))));
        }
        ctx.put("thresholds", thresholds);
        List<Map<String, Object>> general = new ArrayList<>();
        general.add(field("baselineWindowDays", String.valueOf(s.baselineWindowDays()),
                messages.text("vm.admin.explain.baselineWindowDays", s.baselineWindowDays())));
        general.add(field("timeZone", s.timeZone().getId(),
                messages.text("vm.admin.explain.timeZone", s.timeZone().getId())));
        general.add(field("minimumTeamSize", String.valueOf(s.minimumTeamSize()),
                messages.text("vm.admin.explain.minimumTeamSize", s.minimumTeamSize())));
        general.add(field("viewerGroup", s.viewerGroup().orElse(""), messages.text("vm.admin.explain.viewerGroup")));
        ctx.put("general", general);
        List<Map<String, Object>> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("value", d.name().toLowerCase(Locale.ROOT));
            o.put("label", messages.text("vm.admin.day." + d.name().toLowerCase(Locale.ROOT)));
            o.put("selected", d == s.firstDayOfWeek());
            days.add(o);
        }
        ctx.put("days", days);
        ctx.put("firstDayExplanation", messages.text("vm.admin.explain.firstDayOfWeek"));
        ctx.put("targets", targets(s));
        Map<String, Object> rebuild = rebuilds.status();
        @SuppressWarnings("unchecked")
        Map<String, Object> progress = (Map<String, Object>) rebuild.get("progress");
        ctx.put("rebuildState", rebuild.get("state"));
        ctx.put("rebuildDone", progress.get("done"));
        ctx.put("rebuildTotal", progress.get("total"));
        ctx.put("rebuildNeeded", rebuilds.needed());
        ctx.put("rebuildText", messages.text("vm.admin.rebuild.state." + rebuild.get("state"), progress.get("done"),
                progress.get("total"), rebuild.get("error") == null ? "" : rebuild.get("error")));
        ctx.put("auditEntries", auditEntries());
        return ctx;
    }

    private List<Map<String, Object>> targets(MatrixSettings s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Team team : catalog.teams()) {
            Target target = s.targets().get(team.key());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", team.key());
            row.put("name", team.name());
            row.put("stage", target == null ? 0 : target.stage());
            row.put("by", target == null ? "" : target.by().toString());
            List<Map<String, Object>> stages = new ArrayList<>();
            for (int stage = 0; stage <= 3; stage++) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("value", stage);
                o.put("label", stage == 0 ? messages.text("vm.admin.targets.none") : messages.text("vm.admin.targets.stage", stage));
                o.put("selected", target == null ? stage == 0 : target.stage() == stage);
                stages.add(o);
            }
            row.put("stages", stages);
            out.add(row);
        }
        return out;
    }

    private List<Map<String, Object>> auditEntries() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> e : audit.page(0, AUDIT_PAGE)) {
            Map<String, Object> row = new LinkedHashMap<>();
            e.forEach((k, v) -> row.put(k, v == null ? "" : String.valueOf(v)));
            row.put("actionText", messages.text("vm.admin.audit.action." + e.get("action")));
            out.add(row);
        }
        return out;
    }

    private static Map<String, Object> field(String name, String value, String explanation) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("value", value);
        f.put("explanation", explanation);
        return f;
    }

    // Shares read as percentages in the sentence, as the matrix page shows them.
    private String shown(String name, Object value) {
        if (("participation".equals(name) || "externalShare".equals(name)) && value instanceof Number) {
            return NumberFormat.getPercentInstance(messages.locale()).format(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }
}
