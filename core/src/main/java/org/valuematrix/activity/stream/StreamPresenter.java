package org.valuematrix.activity.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Person;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.VisibleTeams;

/**
 * Turns stored events into plain maps (String, Number, Boolean, Map, List and null only):
 * the JSON items of the REST API and the model of the Velocity templates. Names are resolved
 * through the host now, once per person and container per call. A team the viewer may not see
 * is left out: its people are shown without a team.
 */
public class StreamPresenter {
    private final Directory directory;
    private final Containers containers;
    private final TeamCatalog teams;

    public StreamPresenter(Directory directory, Containers containers, TeamCatalog teams) {
        this.directory = directory;
        this.containers = containers;
        this.teams = teams;
    }

    /** @param visible the teams the viewer may see named */
    public List<Map<String, Object>> items(List<ActivityEvent> events, VisibleTeams visible) {
        Lookups lookups = new Lookups(visible);
        List<Map<String, Object>> out = new ArrayList<>(events.size());
        for (ActivityEvent e : events) {
            out.add(item(e, lookups));
        }
        return out;
    }

    private Map<String, Object> item(ActivityEvent e, Lookups lookups) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", e.id());
        item.put("occurredAt", e.occurredAt().toString());
        item.put("actor", lookups.person(e.actor()));
        item.put("verb", e.verb().wire());
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", e.object().type());
        object.put("id", e.object().id());
        object.put("title", e.object().title());
        object.put("url", e.object().url());
        item.put("object", object);
        item.put("container", lookups.container(e.containerKey(), e.captured().product()));
        item.put("counterpart", e.counterpart().map(lookups::person).orElse(null));
        item.put("scope", e.scope().map(s -> s.wire()).orElse(null));
        item.put("novelty", e.novelty().map(n -> n.wire()).orElse(null));
        item.put("actorTeam", lookups.team(e.classification().actorTeam()));
        item.put("counterpartTeam", lookups.team(e.classification().counterpartTeam()));
        item.put("status", e.captured().status().map(st -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", st.from().orElse(null));
            m.put("to", st.to());
            return m;
        }).orElse(null));
        return item;
    }

    private final class Lookups {
        private final Map<String, Map<String, Object>> people = new HashMap<>();
        private final Map<String, Map<String, Object>> places = new HashMap<>();
        private final VisibleTeams visible;

        Lookups(VisibleTeams visible) {
            this.visible = visible;
        }

        Map<String, Object> person(String key) {
            return people.computeIfAbsent(key, k -> {
                Person p = directory.person(k).orElse(new Person(k, k));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", p.key());
                m.put("displayName", p.displayName());
                return m;
            });
        }

        Map<String, Object> container(String key, String product) {
            return places.computeIfAbsent(key, k -> {
                Container c = containers.byKey(k).orElse(new Container(k, k, product, ""));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", c.key());
                m.put("name", c.name());
                m.put("product", c.product());
                m.put("url", c.url());
                return m;
            });
        }

        Map<String, Object> team(Optional<String> key) {
            if (key.isEmpty() || !visible.mayName(key.get())) {
                return null;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            Optional<Team> team = teams.team(key.get());
            m.put("key", key.get());
            m.put("name", team.map(Team::name).orElse(key.get()));
            m.put("kind", team.map(t -> t.kind().wire()).orElse(null));
            return m;
        }
    }
}
