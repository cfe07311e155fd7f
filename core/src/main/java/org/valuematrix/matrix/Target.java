package org.valuematrix.matrix;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An administrator's goal for a team: reach {@link #stage()} by {@link #by()} (that day included, in the organisation's time zone). */
public final class Target {
    private final String team;
    private final int stage;
    private final LocalDate by;

    /** @throws IllegalArgumentException unless {@code stage} is 1, 2 or 3 */
    public Target(String team, int stage, LocalDate by) {
        if (stage < 1 || stage > Stage.highest()) {
            throw new IllegalArgumentException("a target stage is 1, 2 or 3");
        }
        this.team = Objects.requireNonNull(team, "team");
        this.stage = stage;
        this.by = Objects.requireNonNull(by, "by");
    }

    public String team() {
        return team;
    }

    public int stage() {
        return stage;
    }

    public LocalDate by() {
        return by;
    }

    /** @return {@code {"stage":2,"by":"2027-06-30"}}, as settings carry it under the team's key */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stage", stage);
        out.put("by", by.toString());
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Target)) {
            return false;
        }
        Target t = (Target) o;
        return team.equals(t.team) && stage == t.stage && by.equals(t.by);
    }

    @Override
    public int hashCode() {
        return Objects.hash(team, stage, by);
    }

    @Override
    public String toString() {
        return team + " → stage " + stage + " by " + by;
    }
}
