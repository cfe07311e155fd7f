package org.valuematrix.standalone.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Plausible page and issue titles per team, from a seeded random. */
final class DemoTitles {
    private static final List<String> PAGE_FORMS = List.of("%s", "Notes: %s", "Proposal: %s", "Decision: %s",
            "How-to: %s", "Retro: %s", "Q%d plan: %s", "FAQ: %s", "Review of %s", "Checklist: %s");
    private static final List<String> ISSUE_FORMS = List.of("Fix %s", "Investigate %s", "Improve %s", "Update %s",
            "Document %s", "Review %s", "Automate %s", "Plan %s");
    private static final Map<String, List<String>> TOPICS = Map.ofEntries(
            Map.entry("prod", List.of("pricing tiers", "the mobile roadmap", "onboarding flow", "usage analytics",
                    "release notes", "customer interviews", "the feature request backlog", "competitor review")),
            Map.entry("eng", List.of("the API gateway", "build pipeline", "search indexing", "database migration",
                    "on-call rota", "the caching layer", "error budgets", "service ownership", "flaky deployments")),
            Map.entry("support", List.of("escalation process", "SLA breaches", "macro library", "shift handover",
                    "top ticket drivers", "refund requests", "login problems", "the status page")),
            Map.entry("sales", List.of("territory plan", "discount approvals", "renewal forecast", "demo script",
                    "objection handling", "pipeline review", "partner deals")),
            Map.entry("marketing", List.of("spring campaign", "brand guidelines", "webinar series", "SEO audit",
                    "newsletter", "event budget", "launch messaging")),
            Map.entry("hr", List.of("parental leave", "hiring process", "performance reviews", "onboarding week",
                    "benefits enrolment", "remote work policy")),
            Map.entry("finance", List.of("travel expenses", "budget cycle", "invoice approvals", "quarter close",
                    "cost centres", "purchase orders")),
            Map.entry("legal", List.of("NDA template", "data processing terms", "contract playbook", "trademark filing",
                    "privacy review")),
            Map.entry("it", List.of("laptop refresh", "VPN access", "password resets", "software catalogue",
                    "single sign-on", "printer setup")),
            Map.entry("design", List.of("design tokens", "icon set", "usability study", "accessibility audit",
                    "empty states", "navigation redesign")),
            Map.entry("qa", List.of("regression suite", "test data", "release sign-off", "flaky tests",
                    "performance tests", "exploratory testing")),
            Map.entry("ops", List.of("office move", "vendor contracts", "desk booking", "business continuity",
                    "travel policy", "supplier review")),
            Map.entry("acme", List.of("SSO rollout at Acme", "Acme reporting needs", "Acme invoices", "Acme API limits")),
            Map.entry("globex", List.of("Globex onboarding", "Globex data import", "Globex training plan")),
            Map.entry("initech", List.of("Initech feature ideas", "Initech dashboard feedback", "Initech mobile needs")),
            Map.entry("northwind", List.of("partner certification", "co-selling plan", "Northwind pricing sheet")));

    private final Random random;

    DemoTitles(Random random) {
        this.random = random;
    }

    String page(String team) {
        String form = pick(PAGE_FORMS);
        String topic = capitalise(pick(TOPICS.get(team)));
        return form.contains("%d") ? String.format(form, 1 + random.nextInt(4), topic) : String.format(form, topic);
    }

    String issue(String team) {
        return String.format(pick(ISSUE_FORMS), pick(TOPICS.get(team)));
    }

    String body(String title) {
        return "This page collects what we know about " + title.toLowerCase(java.util.Locale.ROOT)
                + ". Comments and edits are welcome.";
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
