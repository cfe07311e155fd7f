package org.valuematrix.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Two medians side by side and how far apart they are: an association between the samples, never
 * a cause. Below {@link #MIN_ITEMS} items on either side there is "not enough data", and no
 * difference is stated.
 */
public final class Comparison {
    /** The fewest items each side needs before a difference is stated (value-matrix.md). */
    public static final int MIN_ITEMS = 20;

    private final Sample reference;
    private final Sample compared;

    /**
     * @param reference the sample compared against (work that stayed inside the team; the weeks before)
     * @param compared the sample of interest (work that crossed a boundary; the weeks after)
     */
    public Comparison(Sample reference, Sample compared) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.compared = Objects.requireNonNull(compared, "compared");
    }

    public Sample reference() {
        return reference;
    }

    public Sample compared() {
        return compared;
    }

    /** @return whether both sides have at least {@link #MIN_ITEMS} items */
    public boolean enoughData() {
        return reference.items() >= MIN_ITEMS && compared.items() >= MIN_ITEMS;
    }

    /**
     * @return compared − reference in hours (negative: the compared work went faster), or null
     *     without enough data
     */
    public Double differenceHours() {
        return enoughData() ? compared.medianHours() - reference.medianHours() : null;
    }

    Map<String, Object> toMap(String referenceName, String comparedName) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(comparedName, compared.toMap());
        out.put(referenceName, reference.toMap());
        out.put("enoughData", enoughData());
        out.put("differenceHours", differenceHours());
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Comparison && reference.equals(((Comparison) o).reference)
                && compared.equals(((Comparison) o).compared);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reference, compared);
    }

    @Override
    public String toString() {
        return compared + " vs " + reference + (enoughData() ? " (" + differenceHours() + " h)" : " (not enough data)");
    }
}
