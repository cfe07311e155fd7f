package org.valuematrix.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One stage criterion of a unit over a period: its value against its threshold, and whether it holds. */
public final class Criterion {
    private final StageCriterion criterion;
    private final Double value;
    private final double threshold;
    private final boolean met;

    /**
     * @param value the unit's value, or null when undefined (then {@code met} must be false)
     * @param met whether the value is at least the threshold, decided on the exact counts
     */
    public Criterion(StageCriterion criterion, Double value, double threshold, boolean met) {
        if (met && value == null) {
            throw new IllegalArgumentException("an undefined value meets no threshold");
        }
        this.criterion = Objects.requireNonNull(criterion, "criterion");
        this.value = value;
        this.threshold = threshold;
        this.met = met;
    }

    public StageCriterion criterion() {
        return criterion;
    }

    /** @return the criterion's name in JSON, {@link StageCriterion#wire()} */
    public String metric() {
        return criterion.wire();
    }

    /** @return the value, or null when undefined */
    public Double value() {
        return value;
    }

    public double threshold() {
        return threshold;
    }

    public boolean met() {
        return met;
    }

    /** @return {@code {"metric","value","threshold","met"}} as the REST answer carries it */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", metric());
        out.put("value", value);
        out.put("threshold", threshold);
        out.put("met", met);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Criterion)) {
            return false;
        }
        Criterion c = (Criterion) o;
        return criterion == c.criterion && Objects.equals(value, c.value)
                && Double.compare(threshold, c.threshold) == 0 && met == c.met;
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterion, value, threshold, met);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
