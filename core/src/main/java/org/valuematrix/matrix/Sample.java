package org.valuematrix.matrix;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A median duration in hours and the number of items behind it. */
public final class Sample {
    private final Double medianHours;
    private final long items;

    public Sample(Double medianHours, long items) {
        if (items < 0 || (medianHours == null) != (items == 0)) {
            throw new IllegalArgumentException("a median exists exactly when there are items");
        }
        this.medianHours = medianHours;
        this.items = items;
    }

    public static Sample of(Collection<WorkItem> items) {
        return new Sample(Median.hours(items), items.size());
    }

    /** @return the median in hours, or null without items */
    public Double medianHours() {
        return medianHours;
    }

    public long items() {
        return items;
    }

    /** @return {@code {"medianHours", "items"}} */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("medianHours", medianHours);
        out.put("items", items);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample && Objects.equals(medianHours, ((Sample) o).medianHours)
                && items == ((Sample) o).items;
    }

    @Override
    public int hashCode() {
        return Objects.hash(medianHours, items);
    }

    @Override
    public String toString() {
        return medianHours + " h of " + items;
    }
}
