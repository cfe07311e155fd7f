package org.valuematrix.standalone.demo;

import org.valuematrix.standalone.demo.DemoOrganisation.TeamSpec;

/**
 * How the demo year follows the journey of value-matrix.md, as probabilities over
 * {@code t} (0 = a year ago, 1 = now): people adopt the tools in their first months and work
 * within their silos; interactions across silos rise from the second quarter; customers and
 * the partner join their spaces in the last quarter, where the teams that own customer spaces
 * meet them.
 */
final class JourneyCurve {
    /** Share of an employee's events that are participation (creating, editing own content). */
    static final double PARTICIPATION = 0.28;
    /** Share of a customer's events that are participation (asking a question, raising a ticket). */
    static final double CUSTOMER_PARTICIPATION = 0.2;
    /** Share of employees who never take part (lurkers). */
    static final double NEVER_ADOPT = 0.15;
    static final double ADOPTION_END = 0.55;

    private JourneyCurve() {
    }

    /** Relative activity volume on day t: grows as more people take part. */
    static double volume(double t) {
        return 0.4 + 0.8 * t;
    }

    /** Of an employee's interactions, the share across silos. */
    static double across(double t) {
        return 0.05 + 0.30 * smoothstep((t - 0.2) / 0.7);
    }

    /**
     * Of an employee's interactions, the share with customers or partners: teams owning a
     * customer-facing space reach about 20 % by the end, teams invited into one about 5 %.
     */
    static double external(double t, boolean ownsCustomerSpace, boolean seesCustomerSpace) {
        if (t < 0.75 || !seesCustomerSpace) {
            return 0;
        }
        double ramp = (t - 0.75) / 0.25;
        return ownsCustomerSpace ? 0.03 + 0.17 * ramp : 0.05 * ramp;
    }

    /** When a customer's or partner's people start taking part (before jitter). */
    static double externalAdoption(TeamSpec team) {
        switch (team.key()) {
            case "acme": return 0.76;
            case "initech": return 0.80;
            case "globex": return 0.84;
            default: return 0.88;
        }
    }

    /** Of interactions, the chance of going back to a tie already made (existing) rather than a new one. */
    static double reuseTie(double t) {
        return 0.55 + 0.25 * t;
    }

    private static double smoothstep(double x) {
        double c = Math.max(0, Math.min(1, x));
        return c * c * (3 - 2 * c);
    }
}
