package org.valuematrix.standalone.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.valuematrix.team.TeamKind;

/**
 * A large generated organisation, fixed by its seed: people with Zipf-like activity, teams
 * defined by host groups (some people in two teams; the first in the admin's order is home),
 * spaces and projects owned by teams with view groups, and the benchmark's viewers, each of
 * whom may see exactly one container in ten, and its sparse viewers, each of whom may see two
 * containers of one customer or partner (as a customer's contact sees the spaces opened to them).
 */
final class BenchOrganisation {
    private static final String[] FUNCTIONS = {
        "engineering", "product", "support", "sales", "marketing", "design", "operations", "finance", "hr", "legal"};
    static final String STAFF = "staff";
    static final String USERS = "confluence-users";

    final String[] people;
    final boolean[] external;
    /** Teams of each person, indices in the admin's order; the first is the home team. */
    final int[][] teamsOf;
    final double[] activity;
    final List<BenchTeam> teams = new ArrayList<>();
    final List<BenchContainer> containers = new ArrayList<>();
    final int[] unmapped;
    final Map<String, Set<String>> groupsOf = new HashMap<>();
    final Map<String, Set<String>> membersOf = new HashMap<>();
    final List<String> viewers = new ArrayList<>();
    final List<String> sparseViewers = new ArrayList<>();
    final Map<String, Set<String>> visible = new HashMap<>();

    BenchOrganisation(BenchOptions options) {
        SplittableRandom random = new SplittableRandom(options.seed);
        int nExternalTeams = Math.max(2, Math.round(options.teams * 0.12f));
        int nPartner = Math.max(1, nExternalTeams / 4);
        int nInternalTeams = options.teams - nExternalTeams;
        int nExternalPeople = Math.max(nExternalTeams * 2, options.people / 10);

        createTeams(random, nInternalTeams, nExternalTeams - nPartner, nPartner);
        people = new String[options.people];
        external = new boolean[options.people];
        teamsOf = new int[options.people][];
        activity = new double[options.people];
        assignPeople(random, options.people - nExternalPeople, nInternalTeams, nExternalPeople);
        linkTeams(random, nInternalTeams);
        createContainers(random, options.containers, nInternalTeams);
        unmapped = containers.stream().filter(c -> c.owner < 0).mapToInt(c -> c.index).toArray();
        createViewers(random, options.viewers, nInternalTeams, options.containers / 10);
        createSparseViewers(options.viewers, nInternalTeams);
        indexGroups();
    }

    private void createTeams(SplittableRandom random, int internal, int customers, int partners) {
        for (int i = 0; i < internal; i++) {
            String function = FUNCTIONS[i % FUNCTIONS.length];
            String key = function + "-" + (i / FUNCTIONS.length + 1);
            teams.add(new BenchTeam(teams.size(), key, capitalise(function) + " " + (i / FUNCTIONS.length + 1),
                    TeamKind.INTERNAL, random.nextDouble() < 0.3));
        }
        for (int i = 0; i < customers; i++) {
            teams.add(new BenchTeam(teams.size(), "customer-" + (i + 1), "Customer organisation " + (i + 1),
                    TeamKind.CUSTOMER, false));
        }
        for (int i = 0; i < partners; i++) {
            teams.add(new BenchTeam(teams.size(), "partner-" + (i + 1), "Channel partner " + (i + 1),
                    TeamKind.PARTNER, false));
        }
    }

    private void assignPeople(SplittableRandom random, int internalPeople, int nInternal, int externalPeople) {
        int[] internalSizes = sizes(random, internalPeople, nInternal);
        int[] externalSizes = sizes(random, externalPeople, teams.size() - nInternal);
        int p = 0;
        for (int t = 0; t < teams.size(); t++) {
            int size = t < nInternal ? internalSizes[t] : externalSizes[t - nInternal];
            for (int i = 0; i < size; i++, p++) {
                people[p] = String.format("user-%05d", p + 1);
                external[p] = t >= nInternal;
                teamsOf[p] = new int[] {t};
            }
        }
        // One internal person in ten also belongs to a second team (a matrix organisation);
        // the home team is whichever comes first in the admin's order.
        for (int i = 0; i < internalPeople; i++) {
            if (random.nextDouble() < 0.1) {
                int other = random.nextInt(nInternal);
                if (other != teamsOf[i][0]) {
                    int[] both = {teamsOf[i][0], other};
                    Arrays.sort(both);
                    teamsOf[i] = both;
                }
            }
        }
        for (int i = 0; i < people.length; i++) {
            for (int t : teamsOf[i]) {
                teams.get(t).members.add(i);
            }
        }
        // Zipf-like activity: rank r (a random permutation) weighs 1/(r+5)^0.8.
        int[] rank = shuffledRange(random, people.length);
        for (int i = 0; i < people.length; i++) {
            activity[i] = Math.pow(rank[i] + 5, -0.8) * (external[i] ? 0.4 : 1.0);
        }
    }

    /** Team sizes: log-normal weights, at least two members each. */
    private static int[] sizes(SplittableRandom random, int total, int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.exp(gaussian(random) * 0.6);
            sum += w[i];
        }
        int[] sizes = new int[n];
        int assigned = 0;
        for (int i = 0; i < n; i++) {
            sizes[i] = 2 + (int) Math.floor((total - 2 * n) * w[i] / sum);
            assigned += sizes[i];
        }
        for (int i = 0; assigned < total; i = (i + 1) % n, assigned++) {
            sizes[i]++;
        }
        return sizes;
    }

    private void linkTeams(SplittableRandom random, int nInternal) {
        for (BenchTeam team : teams) {
            if (team.kind == TeamKind.INTERNAL) {
                while (team.neighbours.size() < Math.min(5, nInternal - 1)) {
                    int other = random.nextInt(nInternal);
                    if (other != team.index && !team.neighbours.contains(other)) {
                        team.neighbours.add(other);
                    }
                }
            } else {
                // Each customer or partner is served by two internal teams (support, sales, …).
                while (team.servedBy.size() < 2) {
                    int other = random.nextInt(nInternal);
                    if (!team.servedBy.contains(other)) {
                        team.servedBy.add(other);
                        teams.get(other).serves.add(team.index);
                    }
                }
            }
        }
    }

    private void createContainers(SplittableRandom random, int n, int nInternal) {
        int nUnmapped = Math.max(1, n / 20);
        int mapped = n - nUnmapped;
        double totalMembers = teams.stream().mapToInt(t -> t.members.size()).sum();
        int[] perTeam = new int[teams.size()];
        int assigned = 0;
        for (BenchTeam t : teams) {
            perTeam[t.index] = Math.max(1, (int) Math.floor((mapped - teams.size()) * t.members.size() / totalMembers));
            assigned += perTeam[t.index];
        }
        for (int i = 0; assigned < mapped; i = (i + 1) % nInternal, assigned++) {
            perTeam[i]++;
        }
        for (BenchTeam t : teams) {
            for (int i = 0; i < perTeam[t.index]; i++) {
                boolean jira = t.kind == TeamKind.INTERNAL && random.nextDouble() < 0.35;
                BenchContainer c = newContainer(jira, t.index, t.name);
                c.viewGroups.addAll(t.groups);
                if (t.kind == TeamKind.INTERNAL && random.nextDouble() < 0.3) {
                    c.viewGroups.add(STAFF);
                }
                for (int s : t.servedBy) {
                    c.viewGroups.addAll(teams.get(s).groups);
                }
                t.containers.add(c.index);
            }
        }
        for (int i = 0; containers.size() < n; i++) {
            BenchContainer c = newContainer(random.nextDouble() < 0.35, -1, "Shared");
            c.viewGroups.add(STAFF);
        }
    }

    private BenchContainer newContainer(boolean jira, int owner, String ownerName) {
        int index = containers.size();
        String key = (jira ? "PJ" : "SP") + String.format("%04d", index + 1);
        String name = ownerName + (jira ? " project " : " space ") + (index + 1);
        BenchContainer c = new BenchContainer(index, key, name, jira ? "jira" : "confluence", owner);
        containers.add(c);
        return c;
    }

    /**
     * The benchmark's viewers: each in one internal team (not in {@code staff}), seeing that
     * team's containers plus others drawn at random through a personal group, {@code target}
     * containers in all (more only if their groups alone give more, in a small organisation).
     */
    private void createViewers(SplittableRandom random, int n, int nInternal, int target) {
        for (int v = 0; v < n; v++) {
            String key = String.format("viewer-%02d", v + 1);
            String personal = "bench-viewers-" + (v + 1);
            BenchTeam team = teams.get(random.nextInt(nInternal));
            Set<String> groups = new LinkedHashSet<>(List.of(team.groups.get(0), personal, USERS));
            Set<String> sees = new LinkedHashSet<>();
            for (BenchContainer c : containers) {
                // Never capped: the directory gives the viewer every container of their groups,
                // and the hand-written SQL must read the same set as core.
                if (c.viewGroups.stream().anyMatch(groups::contains)) {
                    sees.add(c.key);
                }
            }
            while (sees.size() < target) {
                BenchContainer c = containers.get(random.nextInt(containers.size()));
                if (sees.add(c.key)) {
                    c.viewGroups.add(personal);
                }
            }
            viewers.add(key);
            groupsOf.put(key, groups);
            visible.put(key, Set.copyOf(sees));
        }
    }

    /**
     * Viewer {@code i} sees two containers of the {@code i}-th customer or partner in turn (its
     * busiest pair first: the generator favours a team's first containers), through a personal
     * group; it takes nothing from the organisation's random sequence, so the other data stays
     * the same.
     */
    private void createSparseViewers(int n, int nInternal) {
        List<BenchTeam> outside = teams.subList(nInternal, teams.size());
        for (int v = 0; v < n; v++) {
            BenchTeam team = outside.get(v % outside.size());
            String key = String.format("sparse-%02d", v + 1);
            String personal = "bench-sparse-" + (v + 1);
            Set<String> sees = new LinkedHashSet<>();
            for (int i = 2 * (v / outside.size()); sees.size() < Math.min(2, team.containers.size()); i++) {
                BenchContainer c = containers.get(team.containers.get(i % team.containers.size()));
                sees.add(c.key);
                c.viewGroups.add(personal);
            }
            sparseViewers.add(key);
            groupsOf.put(key, new LinkedHashSet<>(List.of(personal, USERS)));
            visible.put(key, Set.copyOf(sees));
        }
    }

    private void indexGroups() {
        for (int p = 0; p < people.length; p++) {
            Set<String> groups = new LinkedHashSet<>();
            for (int t : teamsOf[p]) {
                BenchTeam team = teams.get(t);
                // Contractors of a two-group team are in its second group only.
                boolean contractor = team.groups.size() > 1 && (p * 31 + t) % 5 == 0;
                groups.add(team.groups.get(contractor ? 1 : 0));
            }
            groups.add(USERS);
            if (!external[p]) {
                groups.add(STAFF);
            }
            groupsOf.put(people[p], groups);
        }
        for (Map.Entry<String, Set<String>> e : groupsOf.entrySet()) {
            for (String g : e.getValue()) {
                membersOf.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(e.getKey());
            }
        }
    }

    BenchTeam home(int person) {
        return teams.get(teamsOf[person][0]);
    }

    private static int[] shuffledRange(SplittableRandom random, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
        return a;
    }

    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A team of the generated organisation. */
    static final class BenchTeam {
        final int index;
        final String key;
        final String name;
        final TeamKind kind;
        final List<String> groups = new ArrayList<>();
        final List<Integer> members = new ArrayList<>();
        final List<Integer> containers = new ArrayList<>();
        final List<Integer> neighbours = new ArrayList<>();
        final List<Integer> servedBy = new ArrayList<>();
        final List<Integer> serves = new ArrayList<>();

        BenchTeam(int index, String key, String name, TeamKind kind, boolean contractorsGroup) {
            this.index = index;
            this.key = key;
            this.name = name;
            this.kind = kind;
            groups.add("grp-" + key);
            if (contractorsGroup) {
                groups.add("grp-" + key + "-contractors");
            }
        }
    }

    /** A space or project of the generated organisation. */
    static final class BenchContainer {
        final int index;
        final String key;
        final String name;
        final String product;
        final int owner;
        final Set<String> viewGroups = new LinkedHashSet<>();

        BenchContainer(int index, String key, String name, String product, int owner) {
            this.index = index;
            this.key = key;
            this.name = name;
            this.product = product;
            this.owner = owner;
        }
    }
}
