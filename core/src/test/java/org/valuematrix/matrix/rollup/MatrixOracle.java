package org.valuematrix.matrix.rollup;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.TieKey;
import org.valuematrix.activity.Verb;
import org.valuematrix.team.TeamKind;

/**
 * The reader's figures computed the plain way, from the stored events themselves: what the
 * rollups must agree with. Written from the reader's contract, sharing none of its code.
 */
final class MatrixOracle {
    private final List<ActivityEvent> events;
    private final Map<String, TeamKind> kinds;
    private final Map<String, String> owners;
    private final ZoneId zone;

    MatrixOracle(List<ActivityEvent> events, Map<String, TeamKind> kinds, Map<String, String> owners, ZoneId zone) {
        this.events = events;
        this.kinds = kinds;
        this.owners = owners;
        this.zone = zone;
    }

    /** @return the figures in the form of {@link Describe#unit} */
    String unit(String team, long from, long to, Set<String> visible) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Set<String>> ties = new HashMap<>();
        Map<String, Set<String>> people = new HashMap<>();
        Set<String> active = new HashSet<>();
        Set<String> contributors = new HashSet<>();
        Set<String> il = new HashSet<>();
        Set<String> el = new HashSet<>();
        Map<String, Integer> reach = new HashMap<>();
        boolean customerFacing = false;
        for (ActivityEvent e : events) {
            if (visible != null && !visible.contains(e.containerKey())) {
                continue;
            }
            long day = e.occurredAt().atZone(zone).toLocalDate().toEpochDay();
            String a = e.classification().actorTeam().orElse(null);
            String c = e.classification().counterpartTeam().orElse(null);
            boolean inPeriod = day >= from && day < to;
            boolean interaction = e.captured().isInteraction() && e.scope().isPresent();
            if (inPeriod && (team == null ? isInternal(a) : team.equals(a))) {
                active.add(e.actor());
                if (e.verb() == Verb.COMMENTED || e.verb() == Verb.REPLIED
                        || (e.verb() == Verb.UPDATED && e.captured().isInteraction())) {
                    contributors.add(e.actor());
                }
            }
            if (!interaction) {
                continue;
            }
            String tie = TieKey.of(e.actor(), e.counterpart().get());
            if (inPeriod && (team == null || team.equals(a) || (e.scope().get() == Scope.ACROSS && team.equals(c)))) {
                String cell = e.scope().get() + "/" + e.novelty().get();
                counts.computeIfAbsent(cell, k -> new long[1])[0]++;
                ties.computeIfAbsent(cell, k -> new HashSet<>()).add(tie);
                people.computeIfAbsent(cell, k -> new HashSet<>()).add(e.actor());
                people.get(cell).add(e.counterpart().get());
            }
            if (inPeriod) {
                if (team == null) {
                    if (a != null || c != null) {
                        (a != null && a.equals(c) ? il : el).add(tie);
                    }
                } else {
                    if (team.equals(a)) {
                        (team.equals(c) ? il : el).add(tie);
                    }
                    if (team.equals(c)) {
                        (team.equals(a) ? il : el).add(tie);
                    }
                }
                String owner = owners.get(e.containerKey());
                if (isExternal(a) && owner != null && isInternal(owner) && (team == null || team.equals(owner))) {
                    customerFacing = true;
                }
            }
            if (day >= to - 28 && day < to) {
                if (team == null) {
                    if (a != null && c != null && !a.equals(c)) {
                        reach.merge(a.compareTo(c) < 0 ? a + "-" + c : c + "-" + a, 1, Integer::sum);
                    }
                } else {
                    if (team.equals(a) && c != null && !team.equals(c)) {
                        reach.merge(c, 1, Integer::sum);
                    }
                    if (team.equals(c) && a != null && !team.equals(a)) {
                        reach.merge(a, 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (Scope s : Scope.values()) {
            for (Novelty n : Novelty.values()) {
                String cell = s + "/" + n;
                long[] count = counts.get(cell);
                out.append(cell).append('=').append(count == null ? 0 : count[0]).append('/')
                        .append(ties.getOrDefault(cell, Set.of()).size()).append('/')
                        .append(people.getOrDefault(cell, Set.of()).size()).append(' ');
            }
        }
        out.append("active=").append(active.size()).append(" contributors=").append(contributors.size())
                .append(" il=").append(il.size()).append(" el=").append(el.size())
                .append(" reach=").append(reach.values().stream().filter(n -> n >= 2).count())
                .append(" newCross=").append(ties.getOrDefault(Scope.ACROSS + "/" + Novelty.NEW, Set.of()).size())
                .append(" customerFacing=").append(customerFacing);
        items(team, from, to, visible, out);
        return out.toString();
    }

    /** @return the team-to-team view in the form of {@link Describe#edges} */
    String edges(long from, long to, Set<String> visible) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Set<String>> fresh = new HashMap<>();
        for (ActivityEvent e : events) {
            long day = e.occurredAt().atZone(zone).toLocalDate().toEpochDay();
            String a = e.classification().actorTeam().orElse(null);
            String c = e.classification().counterpartTeam().orElse(null);
            if (day < from || day >= to || (visible != null && !visible.contains(e.containerKey()))
                    || !e.captured().isInteraction() || a == null || c == null || a.equals(c)) {
                continue;
            }
            String pair = a.compareTo(c) < 0 ? a + "-" + c : c + "-" + a;
            counts.computeIfAbsent(pair, k -> new long[1])[0]++;
            Set<String> ties = fresh.computeIfAbsent(pair, k -> new HashSet<>());
            if (e.novelty().get() == Novelty.NEW) {
                ties.add(TieKey.of(e.actor(), e.counterpart().get()));
            }
        }
        List<String> out = new ArrayList<>();
        counts.forEach((pair, n) -> out.add(pair + ":" + n[0] + "/" + fresh.get(pair).size()));
        return String.join(" ", out);
    }

    private void items(String team, long from, long to, Set<String> visible, StringBuilder out) {
        Map<String, List<ActivityEvent>> byItem = new HashMap<>();
        for (ActivityEvent e : events) {
            String type = e.object().type();
            if (type.equals("page") || type.equals("blogpost") || type.equals("issue") || type.equals("comment")) {
                String url = e.object().url().split("#", 2)[0].split("\\?focusedCommentId=", 2)[0];
                byItem.computeIfAbsent(e.captured().product() + " " + url, k -> new ArrayList<>()).add(e);
            }
        }
        long start = Days.startMillis(from, zone);
        long end = Days.startMillis(to, zone);
        List<String> responses = new ArrayList<>();
        List<String> cycles = new ArrayList<>();
        Comparator<ActivityEvent> creationOrder = Comparator.comparing(ActivityEvent::occurredAt)
                .thenComparing(ActivityEvent::actor).thenComparing(ActivityEvent::containerKey)
                .thenComparing(e -> e.object().type())
                .thenComparing(e -> e.classification().actorTeam().orElse(null),
                        Comparator.nullsFirst(Comparator.naturalOrder()));
        for (List<ActivityEvent> item : byItem.values()) {
            ActivityEvent created = item.stream().filter(e -> e.verb() == Verb.CREATED
                    && (e.object().type().equals("page") || e.object().type().equals("blogpost")
                    || e.object().type().equals("issue"))).min(creationOrder).orElse(null);
            if (created == null || (team != null && !team.equals(created.classification().actorTeam().orElse(null)))
                    || (visible != null && !visible.contains(created.containerKey()))) {
                continue;
            }
            long createdAt = created.occurredAt().toEpochMilli();
            Long response = min(item, e -> (e.verb() == Verb.COMMENTED || e.verb() == Verb.REPLIED
                    || e.verb() == Verb.TRANSITIONED || e.verb() == Verb.RESOLVED) && !e.actor().equals(created.actor()));
            Long resolved = min(item, e -> e.verb() == Verb.RESOLVED);
            Long crossed = min(item, e -> e.captured().isInteraction() && e.scope().get() != Scope.WITHIN);
            if (response != null && createdAt >= start && createdAt < end) {
                responses.add(Math.max(0, response - createdAt) + ":" + (crossed != null && crossed < response));
            }
            if (created.object().type().equals("issue") && resolved != null && resolved >= start && resolved < end) {
                cycles.add(Math.max(0, resolved - createdAt) + ":" + (crossed != null && crossed < resolved));
            }
        }
        responses.sort(Describe.ITEMS);
        cycles.sort(Describe.ITEMS);
        out.append(" responses=").append(responses).append(" cycles=").append(cycles);
    }

    private static Long min(List<ActivityEvent> item, java.util.function.Predicate<ActivityEvent> which) {
        return item.stream().filter(which).map(e -> e.occurredAt().toEpochMilli()).min(Long::compare).orElse(null);
    }

    private boolean isInternal(String team) {
        return team != null && kinds.get(team) == TeamKind.INTERNAL;
    }

    private boolean isExternal(String team) {
        return team != null && kinds.get(team) != null && kinds.get(team).isExternal();
    }
}
