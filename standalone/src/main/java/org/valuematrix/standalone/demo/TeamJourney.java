package org.valuematrix.standalone.demo;

import java.util.Map;

/**
 * How one internal team of the demo travels the journey (value-matrix.md, "Stages"), so that in
 * the last quarter teams stand at every stage: the pilot teams start on the first day, the
 * others join over the first months; most teams learn to work across silos; two stay inside
 * theirs; one has hardly started. Which teams reach stage 3 follows from who owns the
 * customer-facing spaces ({@link DemoOrganisation}), not from this table.
 *
 * @param pilot share of the members who take part from the first day
 * @param adoptFrom when (0 = a year ago, 1 = now) the other adopters start joining
 * @param adoptTo when the last of them has joined
 * @param never share of the members who never take part
 * @param openness how much of the organisation's cross-silo share the team takes up
 * @param contactLimit the most people of other teams the team's members ever deal with, or 0
 *     for no limit: a team that stays in its silo keeps to a few contacts
 */
record TeamJourney(double pilot, double adoptFrom, double adoptTo, double never, double openness, int contactLimit) {
    private static final TeamJourney OPEN = new TeamJourney(0, 0.04, 0.4, 0.1, 1.0, 0);
    private static final Map<String, TeamJourney> TEAMS = Map.ofEntries(
            // The pilot: the teams the tools were launched in, inside their silos first.
            Map.entry("eng", new TeamJourney(0.8, 0.02, 0.3, 0.08, 1.0, 0)),
            Map.entry("support", new TeamJourney(0.8, 0.02, 0.3, 0.08, 1.0, 0)),
            Map.entry("prod", new TeamJourney(0.8, 0.02, 0.3, 0.08, 0.8, 0)),
            Map.entry("qa", new TeamJourney(0.7, 0.02, 0.3, 0.08, 1.0, 0)),
            Map.entry("sales", OPEN),
            Map.entry("marketing", OPEN),
            Map.entry("design", OPEN),
            Map.entry("it", new TeamJourney(0, 0.1, 0.45, 0.1, 0.8, 0)),
            Map.entry("ops", new TeamJourney(0, 0.1, 0.45, 0.1, 0.8, 0)),
            // Operational improvement only: busy inside, hardly ever across.
            Map.entry("hr", new TeamJourney(0, 0.05, 0.35, 0.05, 0.1, 2)),
            Map.entry("finance", new TeamJourney(0, 0.05, 0.35, 0.05, 0.1, 2)),
            // Not started: one of five takes part (below the 30 % participation stage 1 needs).
            Map.entry("legal", new TeamJourney(0, 0.15, 0.15, 0.8, 1.0, 0)));

    /** @return the journey of an internal team */
    static TeamJourney of(String team) {
        TeamJourney j = TEAMS.get(team);
        if (j == null) {
            throw new IllegalArgumentException("no journey for demo team " + team);
        }
        return j;
    }

    /** @return whether the team keeps to a few contacts outside: others rarely seek it out either */
    boolean siloed() {
        return contactLimit > 0;
    }
}
