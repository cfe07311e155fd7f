package org.valuematrix.standalone.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.valuematrix.standalone.directory.DirectorySnapshot;

/**
 * The demo's people, deterministic for a seed: the administrator {@code admin}, then each team's
 * members (its persona first, e.g. {@code alice} in Engineering), each in the team's group and,
 * for employees, in {@code staff}.
 */
public final class DemoPeople {
    public static final String ADMIN_USERNAME = "admin";
    private static final Map<String, String[]> PERSONAS = Map.of(
            "alice", new String[] {"Alice", "Anderson"}, "bob", new String[] {"Bob", "Brennan"},
            "carla", new String[] {"Carla", "Ruiz"}, "priya", new String[] {"Priya", "Raman"},
            "sam", new String[] {"Sam", "Okoro"});

    private DemoPeople() {
    }

    /** @return the administrator (in no team), then every team member in team order */
    public static List<DemoPerson> generate(long seed) {
        Random random = new Random(seed);
        DemoNames names = new DemoNames(random);
        PERSONAS.values().forEach(n -> names.reserve(n[0], n[1]));
        List<DemoPerson> people = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        people.add(new DemoPerson(key(0), ADMIN_USERNAME, "Avery Admin", null,
                List.of(DirectorySnapshot.ADMIN_GROUP, DemoOrganisation.STAFF)));
        usernames.add(ADMIN_USERNAME);
        for (DemoOrganisation.TeamSpec team : DemoOrganisation.TEAMS) {
            for (int i = 0; i < team.size(); i++) {
                boolean persona = i == 0 && team.persona() != null;
                String[] name = persona ? PERSONAS.get(team.persona()) : names.next();
                String username = persona ? team.persona() : unique(usernames, ascii(name[0] + "." + name[1]));
                usernames.add(username);
                String display = name[0] + " " + name[1];
                List<String> groups = team.isInternal() ? List.of(team.group(), DemoOrganisation.STAFF)
                        : List.of(team.group());
                people.add(new DemoPerson(key(people.size()), username, display, team, groups));
            }
        }
        return people;
    }

    private static String key(int n) {
        return String.format(Locale.ROOT, "u%04d", 1000 + n);
    }

    private static String unique(Set<String> taken, String base) {
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + n;
        }
        return name;
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^A-Za-z.]", "").toLowerCase(Locale.ROOT);
    }
}
