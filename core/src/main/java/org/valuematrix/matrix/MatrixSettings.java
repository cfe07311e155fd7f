package org.valuematrix.matrix;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an administrator sets for the matrix: every stage threshold (value-matrix.md, "Stages",
 * with its defaults), the novelty baseline window, the organisation's time zone and first day of
 * the week, the minimum team size below which a team shows to administrators only, the optional
 * viewer group, and the targets per team. Immutable; {@code with…} returns a changed copy.
 *
 * <p>Thresholds are lower bounds, met when the value is at least the threshold. Values set in
 * code are trusted; outside input goes through {@link #fromMap}, which checks each field.
 */
public final class MatrixSettings {
    private static final MatrixSettings DEFAULTS = new MatrixSettings(0.30, 1.0, -0.6, 3, 0.2, 0.10, 90,
            ZoneId.of("UTC"), DayOfWeek.MONDAY, 5, null, Map.of());

    private final double participation;
    private final double withinPerActiveMemberWeek;
    private final double eiIndex;
    private final long crossTeamReach;
    private final double newCrossSiloTiesPerMember;
    private final double externalShare;
    private final int baselineWindowDays;
    private final ZoneId timeZone;
    private final DayOfWeek firstDayOfWeek;
    private final int minimumTeamSize;
    private final String viewerGroup;
    private final Map<String, Target> targets;

    private MatrixSettings(double participation, double withinPerActiveMemberWeek, double eiIndex, long crossTeamReach,
            double newCrossSiloTiesPerMember, double externalShare, int baselineWindowDays, ZoneId timeZone,
            DayOfWeek firstDayOfWeek, int minimumTeamSize, String viewerGroup, Map<String, Target> targets) {
        this.participation = participation;
        this.withinPerActiveMemberWeek = withinPerActiveMemberWeek;
        this.eiIndex = eiIndex;
        this.crossTeamReach = crossTeamReach;
        this.newCrossSiloTiesPerMember = newCrossSiloTiesPerMember;
        this.externalShare = externalShare;
        this.baselineWindowDays = baselineWindowDays;
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
        this.firstDayOfWeek = Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
        this.minimumTeamSize = minimumTeamSize;
        this.viewerGroup = viewerGroup;
        this.targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /**
     * @return participation ≥ 0.30 and within-silo interactions ≥ 1 per active member per week
     *     (stage 1); E-I index ≥ −0.6, cross-team reach ≥ 3 and new cross-silo ties ≥ 0.2 per
     *     member (stage 2); external share ≥ 0.10 (stage 3); a 90-day baseline; UTC; weeks from
     *     Monday; teams of at least 5; no viewer group; no targets
     */
    public static MatrixSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Reads settings from a JSON object as Jackson maps it. A missing field takes its default;
     * any field present is checked. Target team keys are checked for their form only: whether
     * they name an existing team is for the caller, who knows the teams, to check.
     *
     * @throws org.valuematrix.rest.BadRequestException naming every bad field (unknown ones
     *     included) with what is wrong with it
     */
    public static MatrixSettings fromMap(Map<String, Object> map) {
        return new MatrixSettingsReader(map).read();
    }

    /** @return every setting by its JSON name, as {@link #fromMap} reads it back */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(StageCriterion.PARTICIPATION.wire(), participation);
        out.put(StageCriterion.WITHIN_INTERACTIONS.wire(), withinPerActiveMemberWeek);
        out.put(StageCriterion.EI_INDEX.wire(), eiIndex);
        out.put(StageCriterion.CROSS_TEAM_REACH.wire(), crossTeamReach);
        out.put(StageCriterion.NEW_CROSS_SILO_TIES.wire(), newCrossSiloTiesPerMember);
        out.put(StageCriterion.EXTERNAL_SHARE.wire(), externalShare);
        out.put("baselineWindowDays", baselineWindowDays);
        out.put("timeZone", timeZone.getId());
        out.put("firstDayOfWeek", firstDayOfWeek.name().toLowerCase(Locale.ROOT));
        out.put("minimumTeamSize", minimumTeamSize);
        out.put("viewerGroup", viewerGroup);
        Map<String, Object> byTeam = new LinkedHashMap<>();
        targets.forEach((team, target) -> byTeam.put(team, target.toMap()));
        out.put("targets", byTeam);
        return out;
    }

    /** Stage 1: the least share of members with at least one event. */
    public double participation() {
        return participation;
    }

    /** Stage 1: the least within-silo interactions per active member per week of the period. */
    public double withinInteractionsPerActiveMemberPerWeek() {
        return withinPerActiveMemberWeek;
    }

    /** Stage 2: the least E-I index. */
    public double eiIndex() {
        return eiIndex;
    }

    /** Stage 2: the least number of other teams reached. */
    public long crossTeamReach() {
        return crossTeamReach;
    }

    /** Stage 2: the least new cross-silo ties per member in the period (0.2 = one per five members). */
    public double newCrossSiloTiesPerMember() {
        return newCrossSiloTiesPerMember;
    }

    /** Stage 3: the least share of external interactions. */
    public double externalShare() {
        return externalShare;
    }

    /** @return the novelty baseline window in days */
    public int baselineWindowDays() {
        return baselineWindowDays;
    }

    public Duration baselineWindow() {
        return Duration.ofDays(baselineWindowDays);
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public DayOfWeek firstDayOfWeek() {
        return firstDayOfWeek;
    }

    /** @return the fewest members a team needs to show its numbers to anyone but administrators */
    public int minimumTeamSize() {
        return minimumTeamSize;
    }

    public Optional<String> viewerGroup() {
        return Optional.ofNullable(viewerGroup);
    }

    /** @return the targets by team key, in the order they were set */
    public Map<String, Target> targets() {
        return targets;
    }

    public MatrixSettings withParticipation(double v) {
        return new MatrixSettings(v, withinPerActiveMemberWeek, eiIndex, crossTeamReach, newCrossSiloTiesPerMember,
                externalShare, baselineWindowDays, timeZone, firstDayOfWeek, minimumTeamSize, viewerGroup, targets);
    }

    public MatrixSettings withWithinInteractionsPerActiveMemberPerWeek(double v) {
        return new MatrixSettings(participation, v, eiIndex, crossTeamReach, newCrossSiloTiesPerMember,
                externalShare, baselineWindowDays, timeZone, firstDayOfWeek, minimumTeamSize, viewerGroup, targets);
    }

    public MatrixSettings withEiIndex(double v) {
        return new MatrixSettings(participation, withinPerActiveMemberWeek, v, crossTeamReach,
                newCrossSiloTiesPerMember, externalShare, baselineWindowDays, timeZone, firstDayOfWeek,
                minimumTeamSize, viewerGroup, targets);
    }

    public MatrixSettings withCrossTeamReach(long v) {
        return new MatrixSettings(participation, withinPerActiveMemberWeek, eiIndex, v, newCrossSiloTiesPerMember,
                externalShare, baselineWindowDays, timeZone, firstDayOfWeek, minimumTeamSize, viewerGroup, targets);
    }

    public MatrixSettings withNewCrossSiloTiesPerMember(double v) {
        return new MatrixSettings(participation, withinPerActiveMemberWeek, eiIndex, crossTeamReach, v,
                externalShare, baselineWindowDays, timeZone, firstDayOfWeek, minimumTeamSize, viewerGroup, targets);
    }

    public MatrixSettings withExternalShare(double v) {
        return new MatrixSettings(participation, withinPerActiveMemberWeek, eiIndex, crossTeamReach,
                newCrossSiloTiesPerMember, v, baselineWindowDays, timeZone, firstDayOfWeek, minimumTeamSize,
                viewerGroup, targets);
    }

    public MatrixSettings withBaselineWindowDays(int v) {
        return new MatrixSettings(participation, withinPerActiveMemberWeek, eiIndex, crossTeamReach,
                newCrossSiloTiesPerMember, externalShare, v, timeZone, firstDayOfWeek, minimumTeamSize, viewerGroup,
                targets);
    }

    public MatrixSettings withTimeZone(ZoneId v) {
        return new MatrixSettings(participation, withinPerActiveMemberWeek, eiIndex, crossTeamReach,
                newCrossSiloTiesPerMember, externalShare, baselineWindowDays, v, firstDayOfWeek, minimumTeamSize,
                viewerGroup, targets);
    }

    public MatrixSettings withFirstDayOfWeek(DayOfWeek v) {
        return new MatrixSettings(participation, withinPerActiveMemberWeek, eiIndex, crossTeamReach,
                newCrossSiloTiesPerMember, externalShare, baselineWindowDays, timeZone, v, minimumTeamSize,
                viewerGroup, targets);
    }

    public MatrixSettings withMinimumTeamSize(int v) {
        return new MatrixSettings(participation, withinPerActiveMemberWeek, eiIndex, crossTeamReach,
                newCrossSiloTiesPerMember, externalShare, baselineWindowDays, timeZone, firstDayOfWeek, v,
                viewerGroup, targets);
    }

    /** @param group a host group whose members see what administrators see, or null for none */
    public MatrixSettings withViewerGroup(String group) {
        return new MatrixSettings(participation, withinPerActiveMemberWeek, eiIndex, crossTeamReach,
                newCrossSiloTiesPerMember, externalShare, baselineWindowDays, timeZone, firstDayOfWeek,
                minimumTeamSize, group, targets);
    }

    /** @return these settings with {@code target} replacing any target of its team */
    public MatrixSettings withTarget(Target target) {
        Map<String, Target> next = new LinkedHashMap<>(targets);
        next.put(target.team(), target);
        return withTargets(next);
    }

    /** @return these settings without a target for {@code team} */
    public MatrixSettings withoutTarget(String team) {
        Map<String, Target> next = new LinkedHashMap<>(targets);
        next.remove(team);
        return withTargets(next);
    }

    private MatrixSettings withTargets(Map<String, Target> next) {
        return new MatrixSettings(participation, withinPerActiveMemberWeek, eiIndex, crossTeamReach,
                newCrossSiloTiesPerMember, externalShare, baselineWindowDays, timeZone, firstDayOfWeek,
                minimumTeamSize, viewerGroup, next);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatrixSettings && toMap().equals(((MatrixSettings) o).toMap());
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
