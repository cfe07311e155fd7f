package org.valuematrix.standalone.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentRecords;
import org.valuematrix.standalone.content.ContentType;
import org.valuematrix.standalone.demo.DemoWorld.Actor;
import org.valuematrix.standalone.demo.DemoWorld.Place;

/**
 * Generates the demo year's activity, in time order, from a seeded random: who did what, where
 * and in response to whom, following {@link JourneyCurve} and each team's {@link TeamJourney}.
 * Content created along the way (pages, issues) is kept in the {@link DemoWorld} so the events'
 * links lead somewhere; what happens to it next (its answers, an issue's resolution) comes from
 * {@link WorkFlows}. The same seed and volume give the same year, whenever it is generated.
 */
final class ActivitySimulator {
    static final int DAYS = 365;

    private final DemoWorld world;
    private final Random random;
    private final DemoTitles titles;
    private final DemoEvents events;
    private final WorkFlows flows;
    private final Instant start;
    private final long total;

    ActivitySimulator(DemoWorld world, Random random, Instant end, long total) {
        this(world, random, end, total, 1);
    }

    /** @param firstCommentId the first free comment id of the content store the demo goes into */
    ActivitySimulator(DemoWorld world, Random random, Instant end, long total, long firstCommentId) {
        this.events = new DemoEvents(firstCommentId);
        this.world = world;
        this.random = random;
        this.titles = new DemoTitles(random);
        this.flows = new WorkFlows(world, random, events);
        this.start = end.minus(Duration.ofDays(DAYS));
        this.total = total;
    }

    /** @return what the host recorded for the events generated so far (versions, comments, likes…) */
    ContentRecords.Of records() {
        return events.records();
    }

    /** Writes each space's home and activity pages and some older content, before the year starts. */
    void seedContent() {
        for (Place place : world.places.values()) {
            List<Actor> owners = world.byTeam.get(place.spec.owner());
            Instant before = start.minus(Duration.ofDays(90));
            if (place.spec.isSpace()) {
                world.add(place, ContentType.PAGE, place.spec.name() + " home", "Home", owners.get(0).key(),
                        "Welcome to " + place.spec.name() + ". What happens here, newest first:\n\n"
                                + DemoMacros.home(place.spec), before);
                world.add(place, ContentType.PAGE, "Activity", "Activity", owners.get(0).key(),
                        "Who works with whom around this space, newest first.\n\n" + DemoMacros.activity(), before);
            }
            for (int i = 0; i < 8; i++) {
                Actor author = owners.get(random.nextInt(owners.size()));
                Instant at = start.minus(Duration.ofMinutes(1 + random.nextInt(120 * 24 * 60)));
                Content c = write(place, author, at);
                world.open(place, c);
            }
        }
        world.contents.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
    }

    /**
     * Generates every event of the year, oldest first: the day's share of the volume, each a
     * scheduled answer when one is due by then (at its own time), else someone's next action.
     */
    void run(Consumer<CapturedEvent> sink) {
        DemoTimeline timeline = new DemoTimeline(random, start, DAYS);
        long[] perDay = timeline.perDay(total);
        for (int d = 0; d < DAYS; d++) {
            double t = (double) d / DAYS;
            List<Actor> active = new ArrayList<>();
            for (Actor a : world.actors) {
                if (WorkFlows.isActive(a, t)) {
                    active.add(a);
                }
            }
            double[] cumulative = cumulative(active);
            long[] times = timeline.times(d, (int) perDay[d]);
            for (long at : times) {
                if (flows.hasDue(at)) {
                    sink.accept(flows.next());
                    continue;
                }
                CapturedEvent e = active.isEmpty() ? null : event(active.get(pick(cumulative)), t, Instant.ofEpochMilli(at));
                if (e != null) {
                    sink.accept(e);
                }
            }
        }
    }

    private CapturedEvent event(Actor actor, double t, Instant at) {
        if (actor.isExternal()) {
            Place place = pick(actor.home);
            Actor staff = pickStaffAuthor(place, t);
            if (random.nextDouble() < JourneyCurve.CUSTOMER_PARTICIPATION || staff == null) {
                return participation(actor, place, t, at);
            }
            return interaction(actor, staff, place, t, at);
        }
        if (random.nextDouble() < JourneyCurve.PARTICIPATION) {
            return participation(actor, pick(actor.home), t, at);
        }
        double r = random.nextDouble();
        double external = JourneyCurve.external(t, actor.ownsCustomerPlace, !actor.customerPlaces.isEmpty());
        if (r < external) {
            Place place = pick(actor.customerPlaces);
            Actor customer = pickCustomer(place, t);
            if (customer != null) {
                return interaction(actor, customer, place, t, at);
            }
        } else if (r < external + JourneyCurve.across(t) * actor.journey.openness()) {
            CapturedEvent across = across(actor, t, at);
            if (across != null) {
                return across;
            }
        }
        return within(actor, t, at);
    }

    private CapturedEvent within(Actor actor, double t, Instant at) {
        List<Actor> team = world.byTeam.get(actor.team());
        Actor other = random.nextDouble() < JourneyCurve.reuseTie(t) && !actor.circle.isEmpty()
                ? pick(actor.circle) : pick(team);
        if (other == actor || !WorkFlows.isActive(other, t)) {
            return participation(actor, pick(actor.home), t, at);
        }
        return interaction(actor, other, pick(actor.home), t, at);
    }

    /** Across silos: back to a known contact in another team, or a new one, in a place of theirs. */
    private CapturedEvent across(Actor actor, double t, Instant at) {
        Actor other = world.outsider(actor, random, JourneyCurve.reuseTie(t));
        if (other == null || !WorkFlows.isActive(other, t)) {
            return null;
        }
        List<Place> theirs = new ArrayList<>(other.home);
        theirs.retainAll(actor.visible);
        if (theirs.isEmpty()) {
            return null;
        }
        world.meet(actor, other);
        return interaction(actor, other, pick(theirs), t, at);
    }

    private CapturedEvent participation(Actor actor, Place place, double t, Instant at) {
        List<Content> mine = place.byAuthor.get(actor.key());
        if (mine != null && random.nextDouble() < 0.75) {
            return events.on(actor, Verb.UPDATED, recent(mine), place, at, null);
        }
        Content item = write(place, actor, at);
        CapturedEvent created = events.on(actor, Verb.CREATED, item, place, at, null);
        flows.written(actor, place, item, t);
        return created;
    }

    /** An interaction of {@code actor} with {@code other}: on other's content when there is some. */
    private CapturedEvent interaction(Actor actor, Actor other, Place place, double t, Instant at) {
        List<Content> theirs = place.byAuthor.get(other.key());
        boolean onTheirs = theirs != null && random.nextDouble() < 0.8;
        Content item = onTheirs ? recent(theirs) : place.items.isEmpty() ? null : recent(place.items);
        if (item == null) {
            return participation(actor, place, t, at);
        }
        Verb verb = place.spec.isSpace() ? spaceVerb(onTheirs) : projectVerb(onTheirs);
        return verb == Verb.COMMENTED || verb == Verb.REPLIED ? events.comment(actor, verb, item, place, at, other)
                : events.on(actor, verb, item, place, at, other);
    }

    private Verb spaceVerb(boolean onTheirs) {
        double r = random.nextDouble();
        if (onTheirs) {
            return r < 0.55 ? Verb.COMMENTED : r < 0.9 ? Verb.LIKED : Verb.UPDATED;
        }
        return r < 0.6 ? Verb.REPLIED : Verb.MENTIONED;
    }

    /** Issues are resolved by their {@link WorkFlows}; later activity on them is talk and triage. */
    private Verb projectVerb(boolean onTheirs) {
        double r = random.nextDouble();
        if (onTheirs) {
            return r < 0.6 ? Verb.COMMENTED : Verb.TRANSITIONED;
        }
        return r < 0.7 ? Verb.ASSIGNED : Verb.COMMENTED;
    }

    /** A new page, blog post or issue by {@code author}, waiting for its answers. */
    private Content write(Place place, Actor author, Instant at) {
        String team = author.team();
        if (!place.spec.isSpace()) {
            String title = titles.issue(team);
            return world.register(place, ContentType.ISSUE, title, null, author.key(), titles.body(title), at);
        }
        ContentType type = random.nextDouble() < 0.15 ? ContentType.BLOGPOST : ContentType.PAGE;
        String title = titles.page(team);
        return world.register(place, type, title, null, author.key(), titles.body(title), at);
    }

    /** An active employee who wrote something in a customer place: someone a customer can respond to. */
    private Actor pickStaffAuthor(Place place, double t) {
        for (int i = 0; i < 5 && !place.items.isEmpty(); i++) {
            Actor author = world.actor(recent(place.items).author());
            if (author != null && !author.isExternal() && WorkFlows.isActive(author, t)) {
                return author;
            }
        }
        return null;
    }

    /** An active customer or partner person of the place's customer group. */
    private Actor pickCustomer(Place place, double t) {
        String group = place.customerGroup();
        List<Actor> customers = new ArrayList<>();
        for (Actor a : world.actors) {
            if (a.isExternal() && WorkFlows.isActive(a, t) && a.person.groups().contains(group)) {
                customers.add(a);
            }
        }
        return customers.isEmpty() ? null : pick(customers);
    }

    /** Newer items are likelier: people respond to what is current. */
    private Content recent(List<Content> items) {
        double u = random.nextDouble();
        return items.get(Math.min(items.size() - 1, (int) (items.size() * (1 - u * u * u))));
    }

    private double[] cumulative(List<Actor> active) {
        double[] c = new double[active.size()];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += active.get(i).weight;
            c[i] = sum;
        }
        return c;
    }

    private int pick(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
