package org.valuematrix.standalone.demo;

import java.util.List;
import java.util.Optional;
import org.valuematrix.team.TeamKind;

/**
 * The demo organisation's shape: its teams (each defined by one directory group), and its
 * spaces and projects with owning team and the groups that may view them. Fixed, so every demo
 * database has the same organisation; only the activity volume varies.
 */
public final class DemoOrganisation {
    /** Every employee (not customers or partners): Confluence's {@code confluence-users}. */
    public static final String STAFF = "staff";

    /** A team of the demo, the group that defines it and how many people it has. */
    public record TeamSpec(String key, String name, TeamKind kind, String group, int size, String persona) {
        public boolean isInternal() {
            return kind == TeamKind.INTERNAL;
        }
    }

    /** What role a container plays in the journey. */
    public enum Role { TEAM, SHARED, RESTRICTED, CUSTOMER }

    /** A space or project, its owner and its audience. */
    public record ContainerSpec(String key, String name, String product, String owner, Role role, String description,
            List<String> viewGroups) {
        public boolean isSpace() {
            return "confluence".equals(product);
        }
    }

    public static final List<TeamSpec> TEAMS = List.of(
            internal("prod", "Product Management", "product-management", 15, "priya"),
            internal("eng", "Engineering", "engineering", 50, "alice"),
            internal("support", "Customer Support", "support", 25, "bob"),
            internal("sales", "Sales", "sales", 20, "sam"),
            internal("marketing", "Marketing", "marketing", 15, null),
            internal("hr", "People & HR", "people", 8, null),
            internal("finance", "Finance", "finance", 10, null),
            internal("legal", "Legal", "legal", 5, null),
            internal("it", "IT", "it", 12, null),
            internal("design", "Design", "design", 10, null),
            internal("qa", "Quality Assurance", "quality", 15, null),
            internal("ops", "Operations", "operations", 15, null),
            new TeamSpec("acme", "Acme Corporation", TeamKind.CUSTOMER, "customer-acme", 12, "carla"),
            new TeamSpec("globex", "Globex", TeamKind.CUSTOMER, "customer-globex", 12, null),
            new TeamSpec("initech", "Initech", TeamKind.CUSTOMER, "customer-initech", 12, null),
            new TeamSpec("northwind", "Northwind Partners", TeamKind.PARTNER, "partner-northwind", 12, null));

    public static final List<ContainerSpec> CONTAINERS = List.of(
            space("PROD", "Product Management", "prod", Role.TEAM, "Strategy, requirements and release notes."),
            space("ENG", "Engineering", "eng", Role.TEAM, "How we build: designs, runbooks, decisions."),
            space("SUP", "Customer Support", "support", Role.TEAM, "Support processes, escalations and shift notes."),
            space("SALES", "Sales", "sales", Role.TEAM, "Playbooks, territories and deal reviews."),
            space("MKT", "Marketing", "marketing", Role.TEAM, "Campaign plans, brand and content."),
            space("HR", "People & HR", "hr", Role.TEAM, "Policies, benefits and how to get help."),
            space("FIN", "Finance", "finance", Role.TEAM, "Budgets, expenses and how to buy things."),
            space("LEGAL", "Legal", "legal", Role.TEAM, "Templates, guidance and how to ask Legal."),
            space("IT", "IT Help", "it", Role.TEAM, "Laptops, accounts and how-to guides."),
            space("DES", "Design", "design", Role.TEAM, "Design system, research and reviews."),
            space("QA", "Quality", "qa", Role.TEAM, "Test strategy, plans and reports."),
            space("OPS", "Operations", "ops", Role.TEAM, "Facilities, vendors and operating rhythm."),
            space("INTRA", "Company Intranet", "hr", Role.SHARED, "News and announcements for everyone."),
            space("ARCH", "Architecture", "eng", Role.SHARED, "Architecture decisions, open to every team."),
            space("KB", "Knowledge Base", "support", Role.SHARED, "Answers to what customers ask, written with every team."),
            space("LAUNCH", "Product Launches", "marketing", Role.SHARED, "Launch plans where product, sales and marketing meet."),
            restricted("HRC", "HR Confidential", "confluence", "hr", "Personnel matters.", "people"),
            restricted("BOARD", "Board & Finance", "confluence", "finance", "Board papers and forecasts.", "finance", "legal"),
            restricted("DEAL", "Deal Room", "confluence", "sales", "Pricing and negotiations.", "sales", "legal", "finance"),
            customer("ACME", "Acme Customer Portal", "confluence", "support", "Acme's questions, answered by Support.",
                    "support", "engineering", "product-management", "customer-acme"),
            customer("GLOBEX", "Globex Success Space", "confluence", "sales", "Onboarding and success plans with Globex.",
                    "sales", "support", "product-management", "customer-globex"),
            customer("INITECH", "Initech Product Feedback", "confluence", "prod", "Initech's ideas, seen by Product.",
                    "product-management", "design", "engineering", "customer-initech"),
            customer("PARTNER", "Northwind Partner Hub", "confluence", "sales", "Enablement for our channel partner.",
                    "sales", "marketing", "support", "partner-northwind"),
            project("CORE", "Core Platform", "eng", "The platform services."),
            project("WEB", "Web App", "eng", "The customer-facing web application."),
            project("MOB", "Mobile App", "eng", "iOS and Android apps."),
            project("SD", "Service Desk", "support", "Customer tickets and escalations."),
            project("ITSM", "IT Requests", "it", "Access, hardware and software requests."),
            project("QAT", "Test Automation", "qa", "Automated test suites and flaky tests."),
            project("INFRA", "Infrastructure", "ops", "Offices, vendors and infrastructure."),
            project("ROAD", "Roadmap", "prod", "Epics and initiatives."),
            project("UX", "UX Research", "design", "Research studies and findings."),
            project("CAMP", "Campaigns", "marketing", "Campaign tasks and assets."),
            restricted("CRM", "Sales Pipeline", "jira", "sales", "Opportunities and follow-ups.", "sales", "marketing"),
            restricted("HIRE", "Recruiting", "jira", "hr", "Open positions and candidates.", "people"),
            project("PROC", "Procurement", "finance", "Purchase requests and approvals."),
            restricted("CONTR", "Contracts", "jira", "legal", "Contract reviews.", "legal", "sales", "finance"),
            customer("ACMESUP", "Acme Support Tickets", "jira", "support", "Tickets Acme raises with us.",
                    "support", "engineering", "customer-acme"));

    private DemoOrganisation() {
    }

    public static TeamSpec team(String key) {
        return TEAMS.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo team " + key));
    }

    /** @return the team defined by a group, if any */
    public static Optional<TeamSpec> teamOfGroup(String group) {
        return TEAMS.stream().filter(t -> t.group().equals(group)).findFirst();
    }

    private static TeamSpec internal(String key, String name, String group, int size, String persona) {
        return new TeamSpec(key, name, TeamKind.INTERNAL, group, size, persona);
    }

    private static ContainerSpec space(String key, String name, String owner, Role role, String description) {
        return new ContainerSpec(key, name, "confluence", owner, role, description, List.of(STAFF));
    }

    private static ContainerSpec project(String key, String name, String owner, String description) {
        return new ContainerSpec(key, name, "jira", owner, Role.TEAM, description, List.of(STAFF));
    }

    private static ContainerSpec restricted(String key, String name, String product, String owner, String description,
            String... groups) {
        return new ContainerSpec(key, name, product, owner, Role.RESTRICTED, description, List.of(groups));
    }

    private static ContainerSpec customer(String key, String name, String product, String owner, String description,
            String... groups) {
        return new ContainerSpec(key, name, product, owner, Role.CUSTOMER, description, List.of(groups));
    }
}
