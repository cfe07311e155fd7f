package org.valuematrix.standalone.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.standalone.bench.BenchOrganisation.BenchContainer;
import org.valuematrix.standalone.bench.BenchOrganisation.BenchTeam;

/**
 * Generates the organisation's events in time order, the same sequence for the same seed:
 * two years of office-hours activity that grows over time, Zipf-like per person, 60 %
 * interactions, mostly within teams, with cross-team and customer interactions rising later
 * (the journey of value-matrix.md).
 */
final class EventGenerator {
    static final Duration SPAN = Duration.ofDays(730);
    private static final long HOUR = 3_600_000L;
    /**
     * The share of a Confluence interaction's draws that is a mention, the rest of its band being
     * an update: mentions are the rare action (about 1 % of all events) of the sparse viewers' rows.
     */
    private static final double MENTION_SHARE = 0.025;
    private static final String[] WORDS = ("roadmap release notes planning retro onboarding incident review api "
            + "design pricing renewal escalation feedback migration checklist dashboard quarterly budget hiring "
            + "customer partner support runbook architecture security audit launch beta metrics okr sprint backlog "
            + "demo training handbook policy invoice contract proposal forecast pipeline campaign webinar survey "
            + "analytics performance outage postmortem integration sso billing search mobile accessibility").split(" ");

    private final BenchOrganisation org;
    private final SplittableRandom random;
    private final AliasTable actors;
    private final long total;
    private final long start;
    private final double[] cumulative;
    private final double[] shape;
    private final int[] issues;
    private int hour;
    private long seq;
    private long lastAt;

    /** @param end when the two years end (the same seed gives the same events relative to it) */
    EventGenerator(BenchOrganisation org, long total, long seed, Instant end) {
        this.org = org;
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.actors = new AliasTable(org.activity);
        this.total = total;
        this.start = end.minus(SPAN).toEpochMilli();
        int hours = (int) SPAN.toHours();
        this.shape = new double[hours];
        this.cumulative = new double[hours + 1];
        for (int h = 0; h < hours; h++) {
            shape[h] = intensity(h, hours);
            cumulative[h + 1] = cumulative[h] + shape[h];
        }
        this.issues = new int[org.containers.size()];
    }

    /** Activity grows over the two years; weekends and nights are quiet. */
    private double intensity(int h, int hours) {
        ZonedDateTime at = Instant.ofEpochMilli(start + h * HOUR).atZone(ZoneOffset.UTC);
        double growth = 0.5 + (double) h / hours;
        boolean weekend = at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean office = at.getHour() >= 7 && at.getHour() < 19;
        return growth * (weekend ? 0.2 : 1.0) * (office ? 1.0 : 0.15);
    }

    long generated() {
        return seq;
    }

    CapturedEvent next() {
        long at = nextTime();
        double progress = (double) (at - start) / SPAN.toMillis();
        int actor = actors.next(random);
        BenchTeam home = org.home(actor);
        int counterpart = -1;
        BenchContainer container;
        if (random.nextDouble() < 0.6) {
            int[] pick = interaction(actor, home, progress);
            counterpart = pick[0];
            container = org.containers.get(pick[1]);
        } else {
            container = containerOf(home);
        }
        if (random.nextDouble() < 0.03) {
            container = org.containers.get(org.unmapped[random.nextInt(org.unmapped.length)]);
        }
        seq++;
        return container.product.equals("jira") ? jira(at, actor, counterpart, container)
                : confluence(at, actor, counterpart, container);
    }

    /** @return {counterpart, container} */
    private int[] interaction(int actor, BenchTeam home, double progress) {
        if (org.external[actor]) {
            BenchTeam serving = org.teams.get(pick(home.servedBy));
            return new int[] {member(serving, actor), containerOf(home).index};
        }
        double u = random.nextDouble();
        double external = 0.02 + 0.10 * progress * progress;
        double across = 0.10 + 0.20 * progress;
        if (u < external) {
            BenchTeam customer = home.serves.isEmpty() ? randomExternalTeam() : org.teams.get(pick(home.serves));
            return new int[] {member(customer, actor), containerOf(customer).index};
        }
        if (u < external + across) {
            BenchTeam other = random.nextDouble() < 0.8 ? org.teams.get(pick(home.neighbours)) : randomInternalTeam(home);
            BenchContainer where = random.nextBoolean() ? containerOf(home) : containerOf(other);
            return new int[] {member(other, actor), where.index};
        }
        return new int[] {member(home, actor), containerOf(home).index};
    }

    private CapturedEvent confluence(long at, int actor, int counterpart, BenchContainer c) {
        double u = random.nextDouble();
        Verb verb;
        String type;
        long page = 1_000_000L + c.index * 1_000L + random.nextInt(1_000);
        String id = Long.toString(page);
        String url = "/pages/viewpage.action?pageId=" + page;
        if (counterpart < 0) {
            verb = u < 0.4 ? Verb.CREATED : Verb.UPDATED;
            type = verb == Verb.CREATED && random.nextDouble() < 0.2 ? "blogpost" : "page";
        } else if (u < 0.5) {
            verb = u < 0.35 ? Verb.COMMENTED : Verb.REPLIED;
            type = "comment";
            id = Long.toString(10_000_000_000L + seq);
            url = url + "#comment-" + id;
        } else {
            verb = u < 0.75 ? Verb.LIKED : u < 0.75 + MENTION_SHARE ? Verb.MENTIONED : Verb.UPDATED;
            type = "page";
        }
        return event("confluence", at, actor, counterpart < 0 ? null : org.people[counterpart], verb,
                new ActivityObject(type, id, title(page), url), c);
    }

    private CapturedEvent jira(long at, int actor, int counterpart, BenchContainer c) {
        double u = random.nextDouble();
        Verb verb;
        String counterpartKey = counterpart < 0 ? null : org.people[counterpart];
        int issue;
        if (counterpart < 0) {
            verb = u < 0.6 ? Verb.CREATED : Verb.TRANSITIONED;
            // Moving one's own issue: the reporter is the actor, so it is no interaction.
            counterpartKey = verb == Verb.TRANSITIONED ? org.people[actor] : null;
        } else {
            verb = u < 0.4 ? Verb.COMMENTED : u < 0.6 ? Verb.ASSIGNED : u < 0.85 ? Verb.TRANSITIONED : Verb.RESOLVED;
        }
        if (verb == Verb.CREATED || issues[c.index] == 0) {
            issue = ++issues[c.index];
        } else {
            issue = 1 + random.nextInt(issues[c.index]);
        }
        String key = c.key + "-" + issue;
        return event("jira", at, actor, counterpartKey, verb,
                new ActivityObject("issue", key, title(c.index * 7919L + issue), "/browse/" + key), c);
    }

    private CapturedEvent event(String product, long at, int actor, String counterpart, Verb verb,
            ActivityObject object, BenchContainer c) {
        String sourceId = product + ":" + object.type() + ":" + object.id() + ":" + verb.wire() + ":"
                + Long.toString(seq, 36);
        return new CapturedEvent(sourceId, Instant.ofEpochMilli(at), org.people[actor], verb, object, c.key,
                product, counterpart);
    }

    /** Deterministic in the object, so the same page keeps its title. */
    private static String title(long object) {
        SplittableRandom r = new SplittableRandom(object);
        int n = 3 + r.nextInt(5);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = WORDS[r.nextInt(WORDS.length)];
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
        }
        return sb.append(object % 1000).toString();
    }

    /** Time of event {@code seq}: the inverse of the cumulative intensity, monotonic. */
    private long nextTime() {
        double target = (seq + random.nextDouble()) / total * cumulative[shape.length];
        while (hour < shape.length - 1 && cumulative[hour + 1] < target) {
            hour++;
        }
        double within = shape[hour] == 0 ? 0 : (target - cumulative[hour]) / shape[hour];
        long at = start + hour * HOUR + (long) (Math.min(1, Math.max(0, within)) * HOUR);
        lastAt = Math.max(lastAt, at);
        return lastAt;
    }

    private BenchContainer containerOf(BenchTeam team) {
        // A few busy spaces per team, a long tail of quiet ones.
        double u = random.nextDouble();
        int i = (int) (team.containers.size() * u * u);
        return org.containers.get(team.containers.get(i));
    }

    private int member(BenchTeam team, int notThis) {
        int m = team.members.get(random.nextInt(team.members.size()));
        for (int tries = 0; m == notThis && tries < 5; tries++) {
            m = team.members.get(random.nextInt(team.members.size()));
        }
        return m;
    }

    private int pick(List<Integer> options) {
        return options.get(random.nextInt(options.size()));
    }

    private BenchTeam randomExternalTeam() {
        List<BenchTeam> all = org.teams;
        while (true) {
            BenchTeam t = all.get(random.nextInt(all.size()));
            if (t.kind.isExternal()) {
                return t;
            }
        }
    }

    private BenchTeam randomInternalTeam(BenchTeam not) {
        while (true) {
            BenchTeam t = org.teams.get(random.nextInt(org.teams.size()));
            if (!t.kind.isExternal() && t != not) {
                return t;
            }
        }
    }
}
