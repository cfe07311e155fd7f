package org.valuematrix.matrix;

import java.util.Optional;

/** The eight benefit metrics of value-matrix.md ("Metrics"), by their names in JSON and query parameters. */
public enum Metric {
    PARTICIPATION("participation"),
    CONTRIBUTION_RATE("contributionRate"),
    EI_INDEX("eiIndex"),
    CROSS_TEAM_REACH("crossTeamReach"),
    NEW_CROSS_SILO_TIES("newCrossSiloTies"),
    EXTERNAL_SHARE("externalShare"),
    TIME_TO_FIRST_RESPONSE_HOURS("timeToFirstResponseHours"),
    CYCLE_TIME_HOURS("cycleTimeHours");

    private final String wire;

    Metric(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** @return the bundle key of the metric's label, {@code vm.matrix.metric.<wire>} */
    public String labelKey() {
        return "vm.matrix.metric." + wire;
    }

    /** @return the metric named {@code text} exactly as {@link #wire()} spells it, or empty */
    public static Optional<Metric> parse(String text) {
        for (Metric m : values()) {
            if (m.wire.equals(text)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
