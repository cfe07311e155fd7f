package org.valuematrix.standalone.demo;

import org.valuematrix.standalone.demo.DemoOrganisation.TeamSpec;

/**
 * How the demo year follows the journey of value-matrix.md, as probabilities over
 * {@code t} (0 = a year ago, 1 = now): the pilot teams start inside their silos and the others
 * join over the first months ({@link TeamJourney}); interactions across silos stay rare for a
 * quarter, then rise until the middle of the year; customers and the partner join their spaces
 * from the seventh month on, where the teams that own customer-facing spaces meet them.
 *
 * <p>Every figure here is a share or a rate per person, never a count, so the demo has the same
 * shape at any volume of events large enough for the stage thresholds' weekly rates.
 */
final class JourneyCurve {
    /** Share of an employee's events that are participation (creating, editing own content). */
    static final double PARTICIPATION = 0.28;
    /** Share of a customer's events that are participation (asking a question, raising a ticket). */
    static final double CUSTOMER_PARTICIPATION = 0.35;
    /**
     * How active a customer or partner person is against an employee: they drop in, they do not
     * work here. Keeps the organisation's external share under stage 3's 10 %, which only the
     * teams that own customer spaces pass.
     */
    static final double EXTERNAL_WEIGHT = 0.06;

    private JourneyCurve() {
    }

    /** Relative activity volume on day t: grows as more people take part. */
    static double volume(double t) {
        return 0.5 + 0.7 * t;
    }

    /** Of an employee's interactions, the share across silos (before the team's openness). */
    static double across(double t) {
        return 0.015 + 0.32 * smoothstep((t - 0.22) / 0.4);
    }

    /**
     * Of an employee's interactions, the share with customers or partners once they have
     * joined: the teams that own a customer-facing space deal with them daily, the teams
     * invited into one now and then.
     */
    static double external(double t, boolean ownsCustomerSpace, boolean seesCustomerSpace) {
        if (!seesCustomerSpace) {
            return 0;
        }
        double ramp = smoothstep((t - 0.6) / 0.12);
        return ramp * (ownsCustomerSpace ? 0.22 : 0.015);
    }

    /** When a customer's or partner's people start taking part (before jitter). */
    static double externalAdoption(TeamSpec team) {
        switch (team.key()) {
            case "acme": return 0.58;
            case "initech": return 0.61;
            case "globex": return 0.64;
            default: return 0.67;
        }
    }

    /** Of interactions, the chance of going back to a tie already made (existing) rather than a new one. */
    static double reuseTie(double t) {
        return 0.55 + 0.15 * t;
    }

    /** Of the items an employee writes, the share that another team gets involved in before it is answered. */
    static double involveOtherTeam(double t, TeamJourney journey) {
        return Math.min(0.5, 1.3 * across(t) * journey.openness());
    }

    private static double smoothstep(double x) {
        double c = Math.max(0, Math.min(1, x));
        return c * c * (3 - 2 * c);
    }
}
