package org.valuematrix.standalone.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentType;
import org.valuematrix.standalone.content.Slugs;
import org.valuematrix.standalone.demo.DemoOrganisation.ContainerSpec;
import org.valuematrix.standalone.demo.DemoOrganisation.Role;
import org.valuematrix.standalone.directory.DirectorySnapshot;

/**
 * The simulator's model of the demo organisation: people with their adoption time, activity
 * level, usual teammates and cross-team contacts; places (spaces, projects) with their content.
 */
final class DemoWorld {
    static final int CIRCLE = 6;

    final Map<String, List<Actor>> byTeam = new LinkedHashMap<>();
    final List<Actor> actors = new ArrayList<>();
    private final Map<String, Actor> byKey = new HashMap<>();
    /** By team, the people of other teams its members have dealt with. */
    private final Map<String, Set<String>> outsiders = new HashMap<>();
    final Map<String, Place> places = new LinkedHashMap<>();
    final List<Content> contents = new ArrayList<>();
    private long nextContentId;

    /** A person as the simulator sees them. */
    static final class Actor {
        final DemoPerson person;
        final double adoptAt;
        final double weight;
        final List<Actor> circle = new ArrayList<>();
        final List<Actor> contacts = new ArrayList<>();
        final List<Place> home = new ArrayList<>();
        final List<Place> visible = new ArrayList<>();
        final List<Place> customerPlaces = new ArrayList<>();
        /** The team's journey; null for customers and partners. */
        final TeamJourney journey;
        boolean ownsCustomerPlace;

        Actor(DemoPerson person, double adoptAt, double weight) {
            this.person = person;
            this.adoptAt = adoptAt;
            this.weight = weight;
            this.journey = person.team().isInternal() ? TeamJourney.of(person.team().key()) : null;
        }

        String key() {
            return person.key();
        }

        String team() {
            return person.team().key();
        }

        boolean isExternal() {
            return !person.team().isInternal();
        }

        private void meet(Actor other) {
            if (!contacts.contains(other)) {
                contacts.add(other);
            }
        }
    }

    /** A space or project and what has been written in it so far. */
    static final class Place {
        final ContainerSpec spec;
        final List<Content> items = new ArrayList<>();
        final Map<String, List<Content>> byAuthor = new HashMap<>();
        final Set<String> slugs = new HashSet<>();
        int issues;

        Place(ContainerSpec spec) {
            this.spec = spec;
        }

        String customerGroup() {
            return spec.viewGroups().stream().filter(g -> DemoOrganisation.teamOfGroup(g)
                    .map(t -> !t.isInternal()).orElse(false)).findFirst().orElse(null);
        }
    }

    DemoWorld(List<DemoPerson> people, Random random, long firstContentId) {
        this.nextContentId = firstContentId;
        for (ContainerSpec spec : DemoOrganisation.CONTAINERS) {
            places.put(spec.key(), new Place(spec));
        }
        Map<String, Double> adoption = adoption(people, random);
        for (DemoPerson p : people) {
            if (p.team() == null) {
                continue;
            }
            Actor a = new Actor(p, adoption.get(p.key()), weight(p, random));
            actors.add(a);
            byKey.put(p.key(), a);
            byTeam.computeIfAbsent(p.team().key(), k -> new ArrayList<>()).add(a);
            for (Place place : places.values()) {
                if (canView(p, place.spec)) {
                    a.visible.add(place);
                    if (place.spec.role() == Role.CUSTOMER) {
                        a.customerPlaces.add(place);
                        a.ownsCustomerPlace |= place.spec.owner().equals(p.team().key());
                    }
                    if (place.spec.owner().equals(p.team().key()) && place.spec.role() != Role.CUSTOMER) {
                        a.home.add(place);
                    }
                }
            }
            if (a.isExternal()) {
                a.home.addAll(a.customerPlaces);
            }
        }
        for (List<Actor> team : byTeam.values()) {
            for (Actor a : team) {
                while (a.circle.size() < Math.min(CIRCLE, team.size() - 1)) {
                    Actor other = team.get(random.nextInt(team.size()));
                    if (other != a && !a.circle.contains(other)) {
                        a.circle.add(other);
                    }
                }
            }
        }
    }

    Actor actor(String key) {
        return byKey.get(key);
    }

    /**
     * Someone of another team for {@code actor} to deal with: a known contact with probability
     * {@code reuse}, else a member of a team the actor's team works with ({@link DemoAffinity}).
     * A team with a {@link TeamJourney#contactLimit} goes back to known contacts once its members
     * know that many outsiders, or finds nobody.
     *
     * @return the person, not yet checked for being active or able to view anything; or null
     */
    Actor outsider(Actor actor, Random random, double reuse) {
        boolean limited = atLimit(actor);
        if (!actor.contacts.isEmpty() && (limited || random.nextDouble() < reuse)) {
            return actor.contacts.get(random.nextInt(actor.contacts.size()));
        }
        if (limited) {
            return null;
        }
        List<Actor> team = byTeam.get(DemoAffinity.partner(actor.team(), random));
        Actor other = team.get(random.nextInt(team.size()));
        return atLimit(other) ? null : other;
    }

    private boolean atLimit(Actor a) {
        return a.journey != null && a.journey.siloed()
                && outsiders.getOrDefault(a.team(), Set.of()).size() >= a.journey.contactLimit();
    }

    /** Two people of different teams now know each other. */
    void meet(Actor a, Actor b) {
        a.meet(b);
        b.meet(a);
        outsiders.computeIfAbsent(a.team(), k -> new HashSet<>()).add(b.key());
        outsiders.computeIfAbsent(b.team(), k -> new HashSet<>()).add(a.key());
    }

    static boolean canView(DemoPerson p, ContainerSpec spec) {
        return p.groups().stream().anyMatch(g -> spec.viewGroups().contains(g)
                || DirectorySnapshot.ADMIN_GROUP.equals(g));
    }

    /**
     * Adds a page, blog post or issue written by {@code author} in {@code place}, open for
     * anyone's response at once.
     */
    Content add(Place place, ContentType type, String title, String slugHint, String author, String body, Instant at) {
        Content c = register(place, type, title, slugHint, author, body, at);
        open(place, c);
        return c;
    }

    /**
     * Adds an item that waits for the responses {@link WorkFlows} schedules for it: nobody else
     * picks it up until {@link #open} (so its first response and resolution are the scheduled ones).
     */
    Content register(Place place, ContentType type, String title, String slugHint, String author, String body,
            Instant at) {
        String slug;
        if (type == ContentType.ISSUE) {
            slug = place.spec.key() + "-" + (++place.issues);
        } else {
            String base = slugHint != null ? slugHint : Slugs.of(title);
            slug = base;
            for (int n = 2; place.slugs.contains(slug); n++) {
                slug = base + "+" + n;
            }
        }
        place.slugs.add(slug);
        Content c = new Content(nextContentId++, type, place.spec.key(), slug, title, author, body, at);
        contents.add(c);
        return c;
    }

    /** Makes an item one that anyone who may view the place can respond to. */
    void open(Place place, Content c) {
        place.items.add(c);
        place.byAuthor.computeIfAbsent(c.author(), k -> new ArrayList<>()).add(c);
    }

    /**
     * When each person starts taking part (after {@code 1}: never). Each internal team has its
     * {@link TeamJourney}: so many of its members from the first day, so many never, the others
     * spread over its adoption window. Personas take part from the start, so the demo logins
     * always have a history.
     */
    private static Map<String, Double> adoption(List<DemoPerson> people, Random random) {
        Map<String, Double> out = new HashMap<>();
        Map<String, List<DemoPerson>> byTeam = new LinkedHashMap<>();
        for (DemoPerson p : people) {
            if (p.team() != null) {
                byTeam.computeIfAbsent(p.team().key(), k -> new ArrayList<>()).add(p);
            }
        }
        for (List<DemoPerson> team : byTeam.values()) {
            DemoOrganisation.TeamSpec spec = team.get(0).team();
            if (!spec.isInternal()) {
                for (DemoPerson p : team) {
                    out.put(p.key(), JourneyCurve.externalAdoption(spec) + random.nextDouble() * 0.06);
                }
                continue;
            }
            TeamJourney journey = TeamJourney.of(spec.key());
            List<DemoPerson> order = new ArrayList<>(team);
            boolean persona = spec.persona() != null;
            DemoPerson first = persona ? order.remove(0) : null;
            Collections.shuffle(order, random);
            if (persona) {
                order.add(0, first);
            }
            long pilots = Math.round(journey.pilot() * team.size());
            long never = Math.round(journey.never() * team.size());
            for (int i = 0; i < order.size(); i++) {
                double at;
                if (i == 0 && persona || i < pilots) {
                    at = 0;
                } else if (i >= order.size() - never) {
                    at = 2;
                } else {
                    at = journey.adoptFrom() + random.nextDouble() * (journey.adoptTo() - journey.adoptFrom());
                }
                out.put(order.get(i).key(), at);
            }
        }
        return out;
    }

    private static double weight(DemoPerson p, Random random) {
        double w = 0.3 + 3 * random.nextDouble() * random.nextDouble();
        return p.team().isInternal() ? w : w * JourneyCurve.EXTERNAL_WEIGHT;
    }
}
