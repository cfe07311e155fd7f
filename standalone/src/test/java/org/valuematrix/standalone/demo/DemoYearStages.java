package org.valuematrix.standalone.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classification;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.TieKey;
import org.valuematrix.activity.Verb;
import org.valuematrix.matrix.CellCounts;
import org.valuematrix.matrix.Criterion;
import org.valuematrix.matrix.MatrixSettings;
import org.valuematrix.matrix.Metrics;
import org.valuematrix.matrix.Period;
import org.valuematrix.matrix.Stages;
import org.valuematrix.matrix.UnitCounts;
import org.valuematrix.team.Membership;
import org.valuematrix.standalone.StandaloneOptions;
import org.valuematrix.team.Team;

/**
 * The demo year's stages per team, computed in memory from the simulated events: each event
 * classified by core's {@link Classifier} (home team, 90-day novelty by occurrence), the
 * period's aggregates counted as {@code RollupReader} documents them, and the stage decided by
 * core's {@link Stages} with the default thresholds. Cheap enough to run at the full demo's
 * volume in a test, where loading it through the host would take minutes; the host's own
 * numbers are compared with it at a smaller volume.
 */
final class DemoYearStages {
    static final long SEED = StandaloneOptions.DEMO_SEED;
    private static final Duration WINDOW = Duration.ofDays(90);

    private final Map<String, DemoPerson> people = new HashMap<>();
    private final Map<String, Team> teams = new LinkedHashMap<>();
    private final Map<String, String> owners = new HashMap<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<PersonDay> personDays = new ArrayList<>();

    /** One side of an interaction, as a tie row holds it. */
    private record Fact(long day, String unitTeam, boolean actorSide, Scope scope, Novelty novelty, String tie,
            String person, String other, String otherTeam, String container) {
    }

    private record PersonDay(long day, String team, String person, boolean contributed) {
    }

    /**
     * Simulates the year as the host's demo loader does ({@link DemoLoader}, the same seed) and
     * classifies every event.
     */
    DemoYearStages(long events, Instant end) {
        List<DemoPerson> all = DemoPeople.generate(SEED);
        int position = 0;
        for (DemoOrganisation.TeamSpec t : DemoOrganisation.TEAMS) {
            teams.put(t.key(), new Team(t.key(), t.name(), t.kind(), List.of(t.group()), position++));
        }
        DemoOrganisation.CONTAINERS.forEach(c -> owners.put(c.key(), c.owner()));
        all.forEach(p -> people.put(p.key(), p));
        Random random = new Random(SEED);
        DemoWorld world = new DemoWorld(all, random, 1);
        ActivitySimulator simulator = new ActivitySimulator(world, random, end, events);
        simulator.seedContent();
        Classifier classifier = new Classifier(WINDOW);
        Map<String, Instant> lastOfTie = new HashMap<>();
        simulator.run(e -> add(e, classifier, lastOfTie));
    }

    /** @return the first and last day of the demo year's first quarter: its first 91 whole days */
    static LocalDate[] firstQuarter(Instant end) {
        LocalDate first = end.atZone(ZoneOffset.UTC).toLocalDate().minusDays(ActivitySimulator.DAYS - 1);
        return new LocalDate[] {first, first.plusDays(90)};
    }

    /** @return the first and last day of the demo year's last quarter: the 91 whole days before the day it ends */
    static LocalDate[] lastQuarter(Instant end) {
        LocalDate last = end.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        return new LocalDate[] {last.minusDays(90), last};
    }

    private void add(CapturedEvent e, Classifier classifier, Map<String, Instant> lastOfTie) {
        Optional<Team> owner = Optional.ofNullable(teams.get(owners.get(e.containerKey())));
        Optional<Instant> previous = Optional.empty();
        String tie = null;
        if (e.isInteraction()) {
            tie = TieKey.of(e.actor(), e.counterpart().get());
            previous = Optional.ofNullable(lastOfTie.put(tie, e.occurredAt()));
        }
        Classification c = classifier.classify(e, membership(e.actor()),
                e.counterpart().map(this::membership).orElse(Membership.none()), owner, previous);
        long day = e.occurredAt().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
        String actorTeam = c.actorTeam().orElse(null);
        boolean contributed = e.verb() == Verb.COMMENTED || e.verb() == Verb.REPLIED
                || e.verb() == Verb.UPDATED && e.isInteraction();
        personDays.add(new PersonDay(day, actorTeam, e.actor(), contributed));
        if (!e.isInteraction()) {
            return;
        }
        String counterpart = e.counterpart().get();
        String counterpartTeam = c.counterpartTeam().orElse(null);
        Scope scope = c.scope().get();
        Novelty novelty = c.novelty().get();
        facts.add(new Fact(day, actorTeam, true, scope, novelty, tie, e.actor(), counterpart, counterpartTeam,
                e.containerKey()));
        if (counterpartTeam != null) {
            facts.add(new Fact(day, counterpartTeam, false, scope, novelty, tie, counterpart, e.actor(), actorTeam,
                    e.containerKey()));
        }
    }

    private Membership membership(String person) {
        DemoPerson p = people.get(person);
        return p == null || p.team() == null ? Membership.none() : new Membership(List.of(teams.get(p.team().key())));
    }

    /** @return the stage of the organisation (key null) and of every team over the days {@code from} to {@code to} */
    Map<String, Integer> stages(LocalDate from, LocalDate to) {
        Period period = Period.custom(from, to, ZoneOffset.UTC);
        long fromDay = from.toEpochDay();
        long toDay = to.toEpochDay() + 1;
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put(null, stage(null, fromDay, toDay, period));
        for (Team t : teams.values()) {
            out.put(t.key(), stage(t.key(), fromDay, toDay, period));
        }
        return out;
    }

    /** @return the organisation's stage over the days {@code from} to {@code to} */
    int organisationStage(LocalDate from, LocalDate to) {
        return stage(null, from.toEpochDay(), to.toEpochDay() + 1, Period.custom(from, to, ZoneOffset.UTC));
    }

    /** @return every unit's stage criteria over the days {@code from} to {@code to}, for a failure message */
    Map<String, String> criteria(LocalDate from, LocalDate to) {
        Period period = Period.custom(from, to, ZoneOffset.UTC);
        Map<String, String> out = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        keys.add(null);
        keys.addAll(teams.keySet());
        for (String team : keys) {
            long members = members(team);
            UnitCounts counts = counts(team, from.toEpochDay(), to.toEpochDay() + 1);
            StringBuilder b = new StringBuilder();
            for (Criterion c : Stages.criteria(Metrics.of(counts, members), counts, members, period,
                    MatrixSettings.defaults())) {
                b.append(String.format(Locale.ROOT, " %s=%.2f%s", c.metric(),
                        c.value() == null ? Double.NaN : c.value(), c.met() ? "+" : "-"));
            }
            out.put(team, b.toString());
        }
        return out;
    }

    private int stage(String team, long fromDay, long toDay, Period period) {
        long members = members(team);
        UnitCounts counts = counts(team, fromDay, toDay);
        return Stages.evaluate(Metrics.of(counts, members), counts, members, period, MatrixSettings.defaults()).stage();
    }

    private long members(String team) {
        return people.values().stream().filter(p -> p.team() != null
                && (team == null ? p.team().isInternal() : p.team().key().equals(team))).count();
    }

    private UnitCounts counts(String team, long fromDay, long toDay) {
        long reachFrom = toDay - 28;
        Map<Scope, Map<Novelty, long[]>> interactions = new EnumMap<>(Scope.class);
        Map<String, Set<String>> cellTies = new HashMap<>();
        Map<String, Set<String>> cellPeople = new HashMap<>();
        Set<String> internal = new HashSet<>();
        Set<String> external = new HashSet<>();
        Map<String, Long> reach = new HashMap<>();
        boolean customerFacing = false;
        // Events come in time order, so facts and person-days are sorted by day.
        for (Fact f : facts.subList(firstFact(Math.min(fromDay, reachFrom)), facts.size())) {
            if (f.day() >= toDay) {
                break;
            }
            if (f.day() >= fromDay && f.actorSide() && f.unitTeam() != null
                    && teams.get(f.unitTeam()).kind().isExternal() && owns(team, owners.get(f.container()))) {
                customerFacing = true;
            }
            boolean mine = team == null ? f.actorSide() : team.equals(f.unitTeam());
            if (!mine || f.day() >= toDay) {
                continue;
            }
            if (f.day() >= reachFrom && f.otherTeam() != null) {
                if (team != null && !f.otherTeam().equals(team)) {
                    reach.merge(f.otherTeam(), 1L, Long::sum);
                } else if (team == null && f.unitTeam() != null && !f.unitTeam().equals(f.otherTeam())) {
                    String a = f.unitTeam();
                    String b = f.otherTeam();
                    reach.merge(a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a, 1L, Long::sum);
                }
            }
            if (f.day() < fromDay) {
                continue;
            }
            if (f.actorSide() || team != null && f.scope() == Scope.ACROSS) {
                interactions.computeIfAbsent(f.scope(), k -> new EnumMap<>(Novelty.class))
                        .computeIfAbsent(f.novelty(), k -> new long[1])[0]++;
                String cell = f.scope() + "/" + f.novelty();
                cellTies.computeIfAbsent(cell, k -> new HashSet<>()).add(f.tie());
                Set<String> who = cellPeople.computeIfAbsent(cell, k -> new HashSet<>());
                who.add(f.person());
                who.add(f.other());
            }
            if (team != null) {
                (team.equals(f.otherTeam()) ? internal : external).add(f.tie());
            } else if (f.unitTeam() != null || f.otherTeam() != null) {
                (f.unitTeam() != null && f.unitTeam().equals(f.otherTeam()) ? internal : external).add(f.tie());
            }
        }
        Map<Scope, Map<Novelty, CellCounts>> cells = new EnumMap<>(Scope.class);
        interactions.forEach((scope, row) -> row.forEach((novelty, n) -> {
            String cell = scope + "/" + novelty;
            cells.computeIfAbsent(scope, k -> new EnumMap<>(Novelty.class)).put(novelty,
                    new CellCounts(n[0], cellTies.get(cell).size(), cellPeople.get(cell).size()));
        }));
        Set<String> active = new HashSet<>();
        Set<String> contributors = new HashSet<>();
        for (PersonDay d : personDays) {
            if (d.day() >= toDay) {
                break;
            }
            if (d.day() < fromDay || d.team() == null) {
                continue;
            }
            if (team == null ? teams.get(d.team()).kind().isExternal() : !team.equals(d.team())) {
                continue;
            }
            active.add(d.person());
            if (d.contributed()) {
                contributors.add(d.person());
            }
        }
        long reached = reach.values().stream().filter(n -> n >= 2).count();
        CellCounts acrossNew = cells.getOrDefault(Scope.ACROSS, Map.of()).getOrDefault(Novelty.NEW, CellCounts.EMPTY);
        return new UnitCounts(cells, active.size(), contributors.size(), internal.size(), external.size(), reached,
                acrossNew.ties(), customerFacing, List.of(), List.of());
    }

    private int firstFact(long day) {
        int low = 0;
        int high = facts.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (facts.get(mid).day() < day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private boolean owns(String team, String owner) {
        if (owner == null || teams.get(owner).kind().isExternal()) {
            return false;
        }
        return team == null || team.equals(owner);
    }
}
