package org.valuematrix.standalone.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentType;
import org.valuematrix.standalone.demo.DemoWorld.Actor;
import org.valuematrix.standalone.demo.DemoWorld.Place;

/**
 * What happens to a page, blog post or issue after it is written: who answers it, when, and when
 * an issue is resolved (the benefit evidence of value-matrix.md). An employee's item either
 * stays inside the team (a teammate answers within a working day or so, an issue takes a week or
 * more) or involves another team first (the author mentions someone of another team on the
 * page, or assigns the issue to them; they answer within hours and resolve it in days). A
 * customer's question is answered by the team that owns the space. The demo makes the
 * difference; the matrix measures it.
 *
 * <p>The answers are scheduled when the item is written and handed out in time order as the
 * year's clock passes them. Until its last scheduled step an item is nobody else's to answer
 * ({@link DemoWorld#register}), so its first response and resolution are the scheduled ones.
 */
final class WorkFlows {
    // Medians of the scheduled delays; each delay is log-normal around its median.
    private static final double MENTION_HOURS = 0.7;
    private static final double CROSSED_RESPONSE_HOURS = 2.5;
    private static final double CROSSED_RESOLUTION_HOURS = 60;
    private static final double INSIDE_RESPONSE_HOURS = 14;
    private static final double INSIDE_RESOLUTION_HOURS = 130;
    private static final double CUSTOMER_RESPONSE_HOURS = 5;
    private static final double CUSTOMER_RESOLUTION_HOURS = 50;
    private static final double SPREAD = 0.9;

    /** One scheduled event; {@code opens} the item to everyone when it has happened. */
    private record Step(long at, long order, Actor actor, Verb verb, Place place, Content item, Actor counterpart,
            boolean opens) {
    }

    private final DemoWorld world;
    private final Random random;
    private final DemoEvents events;
    private final PriorityQueue<Step> due =
            new PriorityQueue<>(Comparator.comparingLong(Step::at).thenComparingLong(Step::order));
    private long scheduled;

    WorkFlows(DemoWorld world, Random random, DemoEvents events) {
        this.world = world;
        this.random = random;
        this.events = events;
    }

    /** @return whether a scheduled event is due at or before {@code millis} */
    boolean hasDue(long millis) {
        return !due.isEmpty() && due.peek().at() <= millis;
    }

    /** @return the earliest scheduled event, at its own time (the caller checked {@link #hasDue}) */
    CapturedEvent next() {
        Step s = due.poll();
        Instant at = Instant.ofEpochMilli(s.at());
        CapturedEvent e = s.verb() == Verb.COMMENTED
                ? events.comment(s.actor(), s.verb(), s.item(), s.place(), at, s.counterpart())
                : events.on(s.actor(), s.verb(), s.item(), s.place(), at, s.counterpart());
        if (s.opens()) {
            world.open(s.place(), s.item());
        }
        return e;
    }

    /**
     * Schedules what follows an item written at {@code t} (0 = a year ago, 1 = now); an item
     * nobody is there to answer yet is opened to everyone at once.
     */
    void written(Actor author, Place place, Content item, double t) {
        long at = item.createdAt().toEpochMilli();
        boolean issue = item.type() == ContentType.ISSUE;
        if (author.isExternal()) {
            Actor staff = pick(place, world.byTeam.get(place.spec.owner()), author, t);
            if (staff != null) {
                answer(staff, author, place, item, at + delay(CUSTOMER_RESPONSE_HOURS), issue, CUSTOMER_RESOLUTION_HOURS);
                return;
            }
        } else if (random.nextDouble() < JourneyCurve.involveOtherTeam(t, author.journey)) {
            Actor helper = world.outsider(author, random, JourneyCurve.reuseTie(t));
            if (helper != null && isActive(helper, t) && helper.visible.contains(place)) {
                world.meet(author, helper);
                long mention = at + delay(MENTION_HOURS);
                add(mention, author, issue ? Verb.ASSIGNED : Verb.MENTIONED, place, item, helper, false);
                answer(helper, author, place, item, mention + delay(CROSSED_RESPONSE_HOURS), issue,
                        CROSSED_RESOLUTION_HOURS);
                return;
            }
        }
        Actor mate = !author.isExternal() && !author.circle.isEmpty() && random.nextDouble() < 0.7
                ? author.circle.get(random.nextInt(author.circle.size())) : null;
        if (mate == null || !isActive(mate, t)) {
            mate = pick(place, world.byTeam.get(author.team()), author, t);
        }
        if (mate == null || author.isExternal()) {
            world.open(place, item);
            return;
        }
        answer(mate, author, place, item, at + delay(INSIDE_RESPONSE_HOURS), issue, INSIDE_RESOLUTION_HOURS);
    }

    /** The first response (a comment; on an issue, a transition or a comment), then an issue's resolution. */
    private void answer(Actor by, Actor author, Place place, Content item, long at, boolean issue,
            double resolutionHours) {
        Verb verb = issue && random.nextBoolean() ? Verb.TRANSITIONED : Verb.COMMENTED;
        add(at, by, verb, place, item, author, !issue);
        if (issue) {
            add(at + delay(resolutionHours), by, Verb.RESOLVED, place, item, author, true);
        }
    }

    private void add(long at, Actor actor, Verb verb, Place place, Content item, Actor counterpart, boolean opens) {
        due.add(new Step(at, scheduled++, actor, verb, place, item, counterpart, opens));
    }

    /** An active member of {@code team} other than {@code author} who may view the place, or null. */
    private Actor pick(Place place, List<Actor> team, Actor author, double t) {
        List<Actor> candidates = new ArrayList<>();
        for (Actor a : team) {
            if (a != author && isActive(a, t) && a.visible.contains(place)) {
                candidates.add(a);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private long delay(double medianHours) {
        double hours = medianHours * Math.exp(SPREAD * random.nextGaussian());
        return Math.max(Duration.ofMinutes(1).toMillis(), (long) (hours * 3_600_000));
    }

    static boolean isActive(Actor a, double t) {
        return a.adoptAt <= t && !a.home.isEmpty();
    }
}
