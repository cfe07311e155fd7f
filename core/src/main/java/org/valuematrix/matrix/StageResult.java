package org.valuematrix.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's stage for a period and, below the highest stage, the criteria of the next one, so a
 * team sees what to work on.
 */
public final class StageResult {
    private final int stage;
    private final List<Criterion> next;

    /**
     * @param stage 0 to 3
     * @param next the criteria of stage {@code stage + 1}; empty at stage 3
     */
    public StageResult(int stage, List<Criterion> next) {
        Stage.of(stage);
        if (stage == Stage.highest() != next.isEmpty()) {
            throw new IllegalArgumentException("every stage but the highest has a next stage with criteria");
        }
        this.stage = stage;
        this.next = List.copyOf(next);
    }

    /** @return 0 to 3 */
    public int stage() {
        return stage;
    }

    /** @return the next stage's number, or empty at the highest stage */
    public Optional<Integer> nextStage() {
        return stage == Stage.highest() ? Optional.empty() : Optional.of(stage + 1);
    }

    /** @return every criterion of the next stage, in {@link StageCriterion} order; empty at stage 3 */
    public List<Criterion> nextCriteria() {
        return next;
    }

    /** @return how many of the next stage's criteria hold */
    public long nextCriteriaMet() {
        return next.stream().filter(Criterion::met).count();
    }

    /**
     * @return {@code {"stage": n, "next": {"stage": n + 1, "criteria": [...]}}}, with {@code next}
     *     null at stage 3
     */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stage", stage);
        Map<String, Object> nextMap = null;
        if (!next.isEmpty()) {
            List<Map<String, Object>> criteria = new ArrayList<>();
            next.forEach(c -> criteria.add(c.toMap()));
            nextMap = new LinkedHashMap<>();
            nextMap.put("stage", stage + 1);
            nextMap.put("criteria", criteria);
        }
        out.put("next", nextMap);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageResult && stage == ((StageResult) o).stage && next.equals(((StageResult) o).next);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stage, next);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
