package org.valuematrix.matrix;

import java.time.LocalDate;

/**
 * How a team stands against its {@link Target}, judged on the stage of the current period:
 *
 * <ol>
 *   <li>{@link #ON_TRACK} when the team is at the target stage or above, whatever the date;
 *   <li>{@link #OFF_TRACK} when the target day has passed (in the organisation's time zone; the
 *       target day itself still counts) and the team is below the target stage;
 *   <li>otherwise the team is on its way and judged by the stage it must reach next:
 *       {@link #ON_TRACK} when at least half of that stage's criteria already hold, else
 *       {@link #AT_RISK}.
 * </ol>
 *
 * The rule looks only at the next stage, not at every stage still to go, so a team is never
 * marked at risk for criteria it cannot work on yet; and it does not guess a pace from the weeks
 * left, which the organisation sets by choosing the date.
 */
public enum TargetStatus {
    ON_TRACK("onTrack"),
    AT_RISK("atRisk"),
    OFF_TRACK("offTrack");

    private final String wire;

    TargetStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** @return the bundle key of the status's label, {@code vm.matrix.target.<wire>} */
    public String labelKey() {
        return "vm.matrix.target." + wire;
    }

    /**
     * @param target the team's target
     * @param current the team's stage in the period that contains {@code today}
     * @param today the current day in the organisation's time zone
     */
    public static TargetStatus of(Target target, StageResult current, LocalDate today) {
        if (current.stage() >= target.stage()) {
            return ON_TRACK;
        }
        if (today.isAfter(target.by())) {
            return OFF_TRACK;
        }
        return 2 * current.nextCriteriaMet() >= current.nextCriteria().size() ? ON_TRACK : AT_RISK;
    }
}
