package org.valuematrix.standalone.demo;

import java.time.Instant;
import java.util.ArrayList;
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
        boolean ownsCustomerPlace;

        Actor(DemoPerson person, double adoptAt, double weight) {
            this.person = person;
            this.adoptAt = adoptAt;
            this.weight = weight;
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

        void meet(Actor other) {
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
        for (DemoPerson p : people) {
            if (p.team() == null) {
                continue;
            }
            Actor a = new Actor(p, adoption(p, random), weight(p, random));
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

    static boolean canView(DemoPerson p, ContainerSpec spec) {
        return p.groups().stream().anyMatch(g -> spec.viewGroups().contains(g)
                || DirectorySnapshot.ADMIN_GROUP.equals(g));
    }

    /** Adds a page, blog post or issue written by {@code author} in {@code place}. */
    Content add(Place place, ContentType type, String title, String slugHint, String author, String body, Instant at) {
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
        place.items.add(c);
        place.byAuthor.computeIfAbsent(author, k -> new ArrayList<>()).add(c);
        contents.add(c);
        return c;
    }

    private static double adoption(DemoPerson p, Random random) {
        if (!p.team().isInternal()) {
            return JourneyCurve.externalAdoption(p.team()) + random.nextDouble() * 0.08;
        }
        // Personas take part from the start, so the demo logins always have a history.
        if (p.team().persona() != null && p.username().equals(p.team().persona())) {
            return 0;
        }
        return random.nextDouble() < JourneyCurve.NEVER_ADOPT ? 2 : random.nextDouble() * JourneyCurve.ADOPTION_END;
    }

    private static double weight(DemoPerson p, Random random) {
        double w = 0.3 + 3 * random.nextDouble() * random.nextDouble();
        return p.team().isInternal() ? w : w * 0.4;
    }
}
