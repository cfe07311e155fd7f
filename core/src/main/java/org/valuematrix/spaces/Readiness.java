package org.valuematrix.spaces;

/** The owning team's stage in the value matrix, which the readiness gate reads. */
@FunctionalInterface
public interface Readiness {
    /** The stage a team should have reached before its space opens to customers. */
    int READY_STAGE = 2;

    /**
     * @param teamKey the owning team
     * @param viewer who asks, whose view of the matrix answers
     * @return the team's stage in the current period (0 when the matrix has nothing on it)
     */
    int stage(String teamKey, String viewer);
}
