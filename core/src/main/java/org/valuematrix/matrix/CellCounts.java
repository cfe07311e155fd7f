package org.valuematrix.matrix;

/**
 * One cell of the matrix (a scope and a novelty) for one unit over one period: interactions,
 * distinct ties and distinct people (value-matrix.md, "The matrix").
 */
public final class CellCounts {
    public static final CellCounts EMPTY = new CellCounts(0, 0, 0);

    private final long interactions;
    private final long ties;
    private final long people;

    public CellCounts(long interactions, long ties, long people) {
        if (interactions < 0 || ties < 0 || people < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        this.interactions = interactions;
        this.ties = ties;
        this.people = people;
    }

    public long interactions() {
        return interactions;
    }

    public long ties() {
        return ties;
    }

    public long people() {
        return people;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CellCounts)) {
            return false;
        }
        CellCounts c = (CellCounts) o;
        return interactions == c.interactions && ties == c.ties && people == c.people;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(interactions * 31 * 31 + ties * 31 + people);
    }

    @Override
    public String toString() {
        return interactions + "/" + ties + "/" + people;
    }
}
