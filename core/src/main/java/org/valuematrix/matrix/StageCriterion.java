package org.valuematrix.matrix;

/**
 * One criterion of a stage (value-matrix.md, "Stages"), named in JSON as the setting that holds
 * its threshold. Customer-facing activity is a yes/no criterion: its value is 1 (yes) or 0 (no)
 * against a threshold of 1.
 */
public enum StageCriterion {
    PARTICIPATION(1, "participation"),
    WITHIN_INTERACTIONS(1, "withinInteractionsPerActiveMemberPerWeek"),
    EI_INDEX(2, "eiIndex"),
    CROSS_TEAM_REACH(2, "crossTeamReach"),
    NEW_CROSS_SILO_TIES(2, "newCrossSiloTiesPerMember"),
    EXTERNAL_SHARE(3, "externalShare"),
    CUSTOMER_FACING_ACTIVITY(3, "customerFacingActivity");

    private final int stage;
    private final String wire;

    StageCriterion(int stage, String wire) {
        this.stage = stage;
        this.wire = wire;
    }

    /** @return the stage (1 to 3) this criterion belongs to */
    public int stage() {
        return stage;
    }

    /** @return the {@code metric} of the criterion in JSON */
    public String wire() {
        return wire;
    }

    /**
     * @return the bundle key of the sentence {@code vm.matrix.criterion.<wire>}, a pattern of
     *     {0} the value (or "—" when undefined) and {1} the threshold
     */
    public String sentenceKey() {
        return "vm.matrix.criterion." + wire;
    }

    /** @return the threshold {@code settings} set for this criterion */
    public double threshold(MatrixSettings settings) {
        switch (this) {
            case PARTICIPATION: return settings.participation();
            case WITHIN_INTERACTIONS: return settings.withinInteractionsPerActiveMemberPerWeek();
            case EI_INDEX: return settings.eiIndex();
            case CROSS_TEAM_REACH: return settings.crossTeamReach();
            case NEW_CROSS_SILO_TIES: return settings.newCrossSiloTiesPerMember();
            case EXTERNAL_SHARE: return settings.externalShare();
            default: return 1;
        }
    }
}
