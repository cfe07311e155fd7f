package org.valuematrix.matrix;

import java.util.Objects;

/**
 * Two teams' interactions with each other over one period (the team-to-team view): how many
 * interactions had one side in each team, and how many distinct ties between them had a new
 * interaction (new bridges). The pair is unordered; {@link #teamA()} sorts before {@link #teamB()}.
 */
public final class TeamEdge {
    private final String teamA;
    private final String teamB;
    private final long interactions;
    private final long newTies;

    public TeamEdge(String teamA, String teamB, long interactions, long newTies) {
        if (teamA.compareTo(teamB) >= 0) {
            throw new IllegalArgumentException("an edge joins two teams, the smaller key first");
        }
        this.teamA = teamA;
        this.teamB = teamB;
        this.interactions = interactions;
        this.newTies = newTies;
    }

    public String teamA() {
        return teamA;
    }

    public String teamB() {
        return teamB;
    }

    public long interactions() {
        return interactions;
    }

    public long newTies() {
        return newTies;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TeamEdge)) {
            return false;
        }
        TeamEdge e = (TeamEdge) o;
        return teamA.equals(e.teamA) && teamB.equals(e.teamB) && interactions == e.interactions && newTies == e.newTies;
    }

    @Override
    public int hashCode() {
        return Objects.hash(teamA, teamB, interactions, newTies);
    }

    @Override
    public String toString() {
        return teamA + "-" + teamB + ":" + interactions + "/" + newTies;
    }
}
