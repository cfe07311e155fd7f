package org.valuematrix.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Time to first response and cycle time in the {@link #WEEKS} weeks before a unit first reached a
 * stage against the {@link #WEEKS} weeks from then on (value-matrix.md, "Before / after"). The
 * figures show what changed around reaching the stage, not that reaching it caused the change.
 */
public final class BeforeAfter {
    public static final int WEEKS = 12;

    private final int stage;
    private final Period firstWeek;
    private final Comparison firstResponse;
    private final Comparison cycleTime;

    /**
     * @param stage the stage reached, 1 to 3
     * @param firstWeek the first week the unit was at that stage
     */
    public BeforeAfter(int stage, Period firstWeek, Comparison firstResponse, Comparison cycleTime) {
        if (stage < 1 || stage > Stage.highest()) {
            throw new IllegalArgumentException("stages reached are 1 to 3");
        }
        this.stage = stage;
        this.firstWeek = Objects.requireNonNull(firstWeek, "firstWeek");
        this.firstResponse = Objects.requireNonNull(firstResponse, "firstResponse");
        this.cycleTime = Objects.requireNonNull(cycleTime, "cycleTime");
    }

    /**
     * @param before the unit's counts over {@link #windowBefore(Period)}
     * @param after the unit's counts over {@link #windowAfter(Period)}
     */
    public static BeforeAfter of(int stage, Period firstWeek, UnitCounts before, UnitCounts after) {
        return new BeforeAfter(stage, firstWeek,
                new Comparison(Sample.of(before.firstResponses()), Sample.of(after.firstResponses())),
                new Comparison(Sample.of(before.cycles()), Sample.of(after.cycles())));
    }

    /** @return the {@link #WEEKS} weeks that end where {@code firstWeek} starts */
    public static Period windowBefore(Period firstWeek) {
        return Period.custom(firstWeek.firstDay().minusWeeks(WEEKS), firstWeek.firstDay().minusDays(1),
                firstWeek.zone());
    }

    /** @return the {@link #WEEKS} weeks that start with {@code firstWeek} */
    public static Period windowAfter(Period firstWeek) {
        return Period.custom(firstWeek.firstDay(), firstWeek.firstDay().plusWeeks(WEEKS).minusDays(1),
                firstWeek.zone());
    }

    public int stage() {
        return stage;
    }

    public Period firstWeek() {
        return firstWeek;
    }

    /** @return the weeks before as reference, the weeks after as the compared sample */
    public Comparison firstResponse() {
        return firstResponse;
    }

    public Comparison cycleTime() {
        return cycleTime;
    }

    /**
     * @return {@code {"stage", "reached": "2026-03-02", "timeToFirstResponse": CMP, "cycleTime": CMP}},
     *     a CMP being {@code {"after": {"medianHours","items"}, "before": {…}, "enoughData",
     *     "differenceHours"}} (after − before; null without enough data)
     */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stage", stage);
        out.put("reached", firstWeek.firstDay().toString());
        out.put("timeToFirstResponse", firstResponse.toMap("before", "after"));
        out.put("cycleTime", cycleTime.toMap("before", "after"));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BeforeAfter)) {
            return false;
        }
        BeforeAfter b = (BeforeAfter) o;
        return stage == b.stage && firstWeek.equals(b.firstWeek) && firstResponse.equals(b.firstResponse)
                && cycleTime.equals(b.cycleTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stage, firstWeek, firstResponse, cycleTime);
    }
}
