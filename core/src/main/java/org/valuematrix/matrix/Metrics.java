package org.valuematrix.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.valuematrix.activity.Scope;

/**
 * The eight benefit metrics of one unit over one period, as value-matrix.md ("Metrics") defines
 * them. A metric is null when it is undefined for the counts: a rate over no members, an E-I
 * index without ties (EL + IL = 0), an external share without interactions, a median without
 * items. Reach and new ties are counts, defined (possibly 0) whenever there are counts.
 */
public final class Metrics {
    private final Double participation;
    private final Double contributionRate;
    private final Double eiIndex;
    private final Long crossTeamReach;
    private final Long newCrossSiloTies;
    private final Double externalShare;
    private final Double timeToFirstResponseHours;
    private final Double cycleTimeHours;

    public Metrics(Double participation, Double contributionRate, Double eiIndex, Long crossTeamReach,
            Long newCrossSiloTies, Double externalShare, Double timeToFirstResponseHours, Double cycleTimeHours) {
        this.participation = participation;
        this.contributionRate = contributionRate;
        this.eiIndex = eiIndex;
        this.crossTeamReach = crossTeamReach;
        this.newCrossSiloTies = newCrossSiloTies;
        this.externalShare = externalShare;
        this.timeToFirstResponseHours = timeToFirstResponseHours;
        this.cycleTimeHours = cycleTimeHours;
    }

    /**
     * @param counts the unit's aggregates over the period
     * @param members the unit's members (for a team, the people whose home team it is; for the
     *     organisation, everyone measured)
     */
    public static Metrics of(UnitCounts counts, long members) {
        long all = counts.interactions();
        return new Metrics(
                ratio(counts.activeMembers(), members),
                ratio(counts.contributors(), members),
                eiIndex(counts.externalTies(), counts.internalTies()),
                counts.reachTeams(),
                counts.newCrossSiloTies(),
                ratio(counts.interactions(Scope.EXTERNAL), all),
                Median.hours(counts.firstResponses()),
                Median.hours(counts.cycles()));
    }

    /** Krackhardt and Stern's E-I index, (EL − IL) / (EL + IL); null when there is no tie. */
    static Double eiIndex(long external, long internal) {
        long all = external + internal;
        return all == 0 ? null : (double) (external - internal) / all;
    }

    private static Double ratio(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }

    /** @return the metric's value, or null when undefined */
    public Number value(Metric metric) {
        switch (metric) {
            case PARTICIPATION: return participation;
            case CONTRIBUTION_RATE: return contributionRate;
            case EI_INDEX: return eiIndex;
            case CROSS_TEAM_REACH: return crossTeamReach;
            case NEW_CROSS_SILO_TIES: return newCrossSiloTies;
            case EXTERNAL_SHARE: return externalShare;
            case TIME_TO_FIRST_RESPONSE_HOURS: return timeToFirstResponseHours;
            default: return cycleTimeHours;
        }
    }

    /** @return every metric by its wire name, in {@link Metric} order, undefined ones as null */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            out.put(m.wire(), value(m));
        }
        return out;
    }

    public Double participation() {
        return participation;
    }

    public Double contributionRate() {
        return contributionRate;
    }

    public Double eiIndex() {
        return eiIndex;
    }

    public Long crossTeamReach() {
        return crossTeamReach;
    }

    public Long newCrossSiloTies() {
        return newCrossSiloTies;
    }

    public Double externalShare() {
        return externalShare;
    }

    public Double timeToFirstResponseHours() {
        return timeToFirstResponseHours;
    }

    public Double cycleTimeHours() {
        return cycleTimeHours;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Metrics)) {
            return false;
        }
        Metrics m = (Metrics) o;
        for (Metric metric : Metric.values()) {
            if (!Objects.equals(value(metric), m.value(metric))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return toMap().hashCode();
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
