package org.valuematrix.spaces;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.Person;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpacePage;

/**
 * What a viewer may know of customer-facing spaces. Everyone sees the spaces they may view (key,
 * name, template, stage, address); moderators and administrators also see the groups, moderators
 * and expiry, since host group names are for them only. A space the viewer may not view does not
 * exist for them.
 */
public class SpaceViews {
    private final SpaceStore store;
    private final Containers containers;
    private final Directory directory;
    private final Messages messages;
    private final Clock clock;
    private final SpaceAdministration host;

    public SpaceViews(SpaceStore store, Containers containers, Directory directory, Messages messages, Clock clock,
            SpaceAdministration host) {
        this.host = host;
        this.store = store;
        this.containers = containers;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    public List<Map<String, Object>> list(String viewer) {
        boolean admin = directory.isAdmin(viewer);
        Set<String> visible = containers.visibleTo(viewer);
        List<Map<String, Object>> out = new ArrayList<>();
        for (CustomerSpace s : store.all()) {
            if (admin || visible.contains(s.key()) || s.moderators().contains(viewer)) {
                out.add(view(s, viewer, admin));
            }
        }
        return out;
    }

    public Optional<Map<String, Object>> one(String key, String viewer) {
        boolean admin = directory.isAdmin(viewer);
        return store.space(key)
                .filter(s -> admin || s.moderators().contains(viewer) || containers.visibleTo(viewer).contains(key))
                .map(s -> view(s, viewer, admin));
    }

    public boolean moderates(CustomerSpace s, String viewer) {
        return directory.isAdmin(viewer) || s.moderators().contains(viewer);
    }

    public Map<String, Object> view(CustomerSpace s, String viewer, boolean admin) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.key());
        m.put("name", s.name());
        m.put("template", s.template().wire());
        m.put("templateName", messages.text(s.template().nameKey()));
        m.put("stage", s.stage().wire());
        m.put("stageName", messages.text("vm.spaces.stage." + s.stage().wire()));
        m.put("url", containers.byKey(s.key()).map(c -> c.url()).orElse(null));
        if (admin || s.moderators().contains(viewer)) {
            m.put("moderator", true);
            m.put("team", s.team());
            m.put("internalGroup", s.internalGroup());
            List<Map<String, Object>> mods = new ArrayList<>();
            for (String k : s.moderators()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("key", k);
                p.put("displayName", directory.person(k).map(Person::displayName).orElse(k));
                mods.add(p);
            }
            m.put("moderators", mods);
            m.put("externalGroups", s.externalGroups());
            m.put("expiresOn", s.expiresOn().toString());
            m.put("expired", s.expired());
            LocalDate today = LocalDate.now(clock);
            List<Map<String, Object>> pages = new ArrayList<>();
            for (SpacePage p : host.pages(s.key())) {
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("id", p.id());
                page.put("title", p.title());
                page.put("restrictedTo", new ArrayList<>(new java.util.TreeSet<>(p.viewGroups())));
                pages.add(page);
            }
            m.put("pages", pages);
            m.put("expiresSoon", !s.expired() && !s.expiresOn().minusDays(SpaceExpiry.NOTICE_DAYS).isAfter(today));
        } else {
            m.put("moderator", false);
        }
        return m;
    }
}
