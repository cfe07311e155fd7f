package org.valuematrix.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.RestResults.body;
import static org.valuematrix.testing.RestResults.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.valuematrix.ValueMatrix;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.team.TeamKind;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;
import org.valuematrix.testing.UriInfos;

/**
 * Customers kept apart, as properties over random organisations (internal, customer and partner
 * teams made of random groups; people in random groups; containers viewable by random groups;
 * random activity): for every viewer who is not an administrator, no answer names a host group,
 * and for every outsider (a member of a customer or partner team) no answer — the teams list,
 * the activity page and its Team filter, the macro, the stream as JSON, Activity Streams 2.0
 * and Atom — names a customer or partner team other than their own; a filter on such a team
 * answers exactly as a filter on a team that does not exist, and a filter on a container the
 * viewer may not view exactly as one on a key no container has. The expectation is computed here
 * from the generated organisation, not asked of the code under test.
 */
class OutsiderVisibilityTest {
    private static final int PEOPLE = 7;
    private static final int GROUPS = 6;
    private static final int TEAMS = 5;
    private static final int CONTAINERS = 5;
    /** A key no team has: what a hidden team must be indistinguishable from. */
    private static final String NO_SUCH_TEAM = "tk9z";

    private static TestDatabase db;

    private static synchronized TestDatabase db() {
        if (db == null) {
            db = TestDatabase.h2();
        }
        db.clear();
        return db;
    }

    @AfterContainer
    static void closeDatabase() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    @Property(tries = 40)
    void everyAnswer_shouldNameOnlyTheTeamsAndGroupsTheViewerMaySee(@ForAll("models") Model model,
            @ForAll("events") List<EventSpec> events) throws Exception {
        TestHost host = model.build(db());
        try {
            ValueMatrix target = host.vm();
            events.forEach(e -> host.ingest(e.toEvent()));
            Map<Long, ActivityEvent> stored = new HashMap<>();
            target.eventExport().each(null, null, e -> stored.put(e.id(), e));

            for (int p = 0; p < PEOPLE; p++) {
                String viewer = "p" + p;
                Set<String> visible = model.visibleTeams(p);
                Set<String> hidden = new LinkedHashSet<>(model.teamKeys());
                hidden.removeAll(visible);
                Statistics.label("viewer").collect(model.isOutsider(p) ? "outsider" : "internal or no team");
                Statistics.label("outsider with hidden teams").collect(!hidden.isEmpty());

                List<String> secrets = new ArrayList<>(model.groupNames());
                hidden.forEach(t -> {
                    secrets.add(t);
                    secrets.add(model.teamName(t));
                });
                assertTeamsList(target, viewer, model.teamKeys().stream().filter(visible::contains)
                        .collect(Collectors.toList()), secrets);
                assertStreamNamesOnlyVisibleTeams(target, viewer, visible, stored);
                assertNoneOf(secrets, "AS2 of " + viewer, body(target.streamResource().get(Requests.as(viewer),
                        UriInfos.query("limit=200"), "application/activity+json")));
                assertNoneOf(secrets, "Atom of " + viewer,
                        body(target.streamAtomResource().get(Requests.as(viewer), UriInfos.query("limit=200"))));
                Page page = page(target, viewer, Map.of());
                assertNoneOf(secrets, "activity page of " + viewer, page.body.toString());
                assertThat(teamOptions(page)).as("Team filter of %s", viewer)
                        .containsExactlyElementsOf(model.teamKeys().stream().filter(visible::contains)
                                .collect(Collectors.toList()));
                assertNoneOf(secrets, "macro for " + viewer, target.activityMacro().render(Map.of(), viewer));
                for (String h : hidden) {
                    assertFilterOnHiddenTeamIsUnknown(target, viewer, h);
                }
                for (String c : model.containersHiddenFrom(p)) {
                    assertFilterOnHiddenContainerIsUnknown(target, viewer, c);
                }
            }
            assertThat(json(target.teamsResource().list(Requests.as("admin"))).get("teams"))
                    .as("administrators see every team and its groups").hasSize(TEAMS)
                    .allSatisfy(t -> assertThat(t.get("groups").size()).isPositive());
        } finally {
            host.vm().close();
        }
    }

    private static void assertTeamsList(ValueMatrix target, String viewer, List<String> expected, List<String> secrets) {
        Response r = target.teamsResource().list(Requests.as(viewer));
        assertThat(r.getStatus()).isEqualTo(200);
        String text = body(r);
        assertThat(json(r).get("teams")).extracting(t -> t.get("key").asText()).as("teams listed to %s", viewer)
                .containsExactlyElementsOf(expected);
        assertNoneOf(secrets, "teams listed to " + viewer, text);
    }

    /** Teams the viewer may see are named, the others are left out: not over-trimmed, not leaked. */
    private static void assertStreamNamesOnlyVisibleTeams(ValueMatrix target, String viewer, Set<String> visible,
            Map<Long, ActivityEvent> stored) {
        JsonNode items = json(target.streamResource().get(Requests.as(viewer), UriInfos.query("limit=200"), null))
                .get("items");
        for (JsonNode item : items) {
            ActivityEvent e = stored.get(item.get("id").asLong());
            assertTeam(item.get("actorTeam"), e.classification().actorTeam().orElse(null), visible, viewer);
            assertTeam(item.get("counterpartTeam"), e.classification().counterpartTeam().orElse(null), visible, viewer);
            Statistics.label("stream item names a team the viewer may not see").collect(
                    e.classification().actorTeam().filter(t -> !visible.contains(t)).isPresent()
                            || e.classification().counterpartTeam().filter(t -> !visible.contains(t)).isPresent());
        }
    }

    private static void assertTeam(JsonNode shown, String storedKey, Set<String> visible, String viewer) {
        if (storedKey != null && visible.contains(storedKey)) {
            assertThat(shown.get("key").asText()).as("team %s shown to %s", storedKey, viewer).isEqualTo(storedKey);
        } else {
            assertThat(shown.isNull()).as("team %s shown to %s: %s", storedKey, viewer, shown).isTrue();
        }
    }

    private static void assertFilterOnHiddenTeamIsUnknown(ValueMatrix target, String viewer, String hidden)
            throws Exception {
        Response asHidden = target.streamResource().get(Requests.as(viewer), UriInfos.query("team=" + hidden), null);
        Response asUnknown = target.streamResource().get(Requests.as(viewer), UriInfos.query("team=" + NO_SUCH_TEAM),
                null);
        assertThat(asHidden.getStatus()).as("stream?team=%s for %s", hidden, viewer).isEqualTo(asUnknown.getStatus())
                .isEqualTo(400);
        assertThat(body(asHidden)).isEqualTo(body(asUnknown).replace(NO_SUCH_TEAM, hidden));

        Response as2Hidden = target.streamResource().get(Requests.as(viewer), UriInfos.query("team=" + hidden),
                "application/activity+json");
        Response as2Unknown = target.streamResource().get(Requests.as(viewer), UriInfos.query("team=" + NO_SUCH_TEAM),
                "application/activity+json");
        assertThat(as2Hidden.getStatus()).isEqualTo(as2Unknown.getStatus());
        assertThat(body(as2Hidden)).isEqualTo(body(as2Unknown).replace(NO_SUCH_TEAM, hidden));

        Response atomHidden = target.streamAtomResource().get(Requests.as(viewer), UriInfos.query("team=" + hidden));
        Response atomUnknown = target.streamAtomResource().get(Requests.as(viewer), UriInfos.query("team=" + NO_SUCH_TEAM));
        assertThat(atomHidden.getStatus()).isEqualTo(atomUnknown.getStatus());
        assertThat(body(atomHidden)).isEqualTo(body(atomUnknown).replace(NO_SUCH_TEAM, hidden));

        Page pageHidden = page(target, viewer, Map.of("team", new String[] {hidden}));
        Page pageUnknown = page(target, viewer, Map.of("team", new String[] {NO_SUCH_TEAM}));
        assertThat(pageHidden.status).isEqualTo(pageUnknown.status).isEqualTo(400);
        assertThat(pageHidden.body.toString()).isEqualTo(pageUnknown.body.toString().replace(NO_SUCH_TEAM, hidden));

        assertThat(target.activityMacro().render(Map.of("teams", hidden), viewer))
                .isEqualTo(target.activityMacro().render(Map.of("teams", NO_SUCH_TEAM), viewer)
                        .replace(NO_SUCH_TEAM, hidden));
    }

    /** A container the viewer may not view, asked for by key, answers as a key no container has. */
    private static void assertFilterOnHiddenContainerIsUnknown(ValueMatrix target, String viewer, String hidden)
            throws Exception {
        String nothing = "NOSUCHKEY";
        assertThat(body(target.streamResource().get(Requests.as(viewer), UriInfos.query("container=" + hidden), null)))
                .isEqualTo(body(target.streamResource().get(Requests.as(viewer), UriInfos.query("container=" + nothing),
                        null)));
        Page pageHidden = page(target, viewer, Map.of("container", new String[] {hidden}));
        Page pageUnknown = page(target, viewer, Map.of("container", new String[] {nothing}));
        assertThat(pageHidden.status).isEqualTo(pageUnknown.status);
        assertThat(pageHidden.body.toString()).isEqualTo(pageUnknown.body.toString().replace(nothing, hidden));
        assertThat(target.activityMacro().render(Map.of("spaces", hidden), viewer))
                .isEqualTo(target.activityMacro().render(Map.of("spaces", nothing), viewer).replace(nothing, hidden));
    }

    private static void assertNoneOf(List<String> secrets, String what, String text) {
        for (String secret : secrets) {
            assertThat(text).as("%s names %s", what, secret).doesNotContain(secret);
        }
    }

    private static List<String> teamOptions(Page page) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<option value=\"(tk[0-9]z)\"")
                .matcher(page.body.toString());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Page page(ValueMatrix target, String viewer, Map<String, String[]> params) throws Exception {
        Page page = new Page();
        target.activityPageServlet().doGet(Requests.as(viewer, params), page.response());
        return page;
    }

    /** What the page servlet wrote. */
    private static final class Page {
        int status = 200;
        final StringWriter body = new StringWriter();

        HttpServletResponse response() {
            PrintWriter writer = new PrintWriter(body);
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus": status = (Integer) args[0]; return null;
                            case "setContentType": return null;
                            case "getWriter": return writer;
                            default: throw new UnsupportedOperationException(method.getName());
                        }
                    });
        }
    }

    @Provide
    Arbitrary<Model> models() {
        Arbitrary<Set<Integer>> someGroups = Arbitraries.integers().between(0, GROUPS - 1).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<TeamKind> kinds = Arbitraries.of(TeamKind.INTERNAL, TeamKind.INTERNAL, TeamKind.CUSTOMER,
                TeamKind.CUSTOMER, TeamKind.PARTNER);
        Arbitrary<TeamSpec> team = Combinators.combine(kinds,
                Arbitraries.integers().between(0, GROUPS - 1).set().ofMinSize(1).ofMaxSize(2)).as(TeamSpec::new);
        Arbitrary<Set<Integer>> personGroups = Arbitraries.integers().between(0, GROUPS - 1).set().ofMaxSize(3);
        return Combinators.combine(personGroups.list().ofSize(PEOPLE), team.list().ofSize(TEAMS),
                someGroups.list().ofSize(CONTAINERS), Arbitraries.integers().between(-1, TEAMS - 1).list().ofSize(CONTAINERS))
                .as(Model::new);
    }

    @Provide
    Arbitrary<List<EventSpec>> events() {
        return Combinators.combine(Arbitraries.integers().between(0, PEOPLE - 1),
                Arbitraries.integers().between(-1, PEOPLE - 1), Arbitraries.integers().between(0, CONTAINERS - 1),
                Arbitraries.of(Verb.class), Arbitraries.integers().between(0, 50)).as(EventSpec::new)
                .list().ofMinSize(5).ofMaxSize(30);
    }

    /** A generated organisation; names are tokens that appear nowhere else in an answer. */
    static final class Model {
        final List<Set<Integer>> personGroups;
        final List<TeamSpec> teams;
        final List<Set<Integer>> viewGroups;
        final List<Integer> owners;

        Model(List<Set<Integer>> personGroups, List<TeamSpec> teams, List<Set<Integer>> viewGroups, List<Integer> owners) {
            this.personGroups = personGroups;
            this.teams = teams;
            this.viewGroups = viewGroups;
            this.owners = owners;
        }

        TestHost build(TestDatabase db) {
            TestHost host = new TestHost(db);
            for (int t = 0; t < TEAMS; t++) {
                host.vm().teamStore().put(teamKey(t), teamName(teamKey(t)), teams.get(t).kind,
                        groupNames(teams.get(t).groups), t);
            }
            for (int p = 0; p < PEOPLE; p++) {
                host.directory().user("p" + p, "Person " + p, groupNames(personGroups.get(p)).toArray(new String[0]));
            }
            host.directory().admin("admin");
            for (int c = 0; c < CONTAINERS; c++) {
                host.containers().space("C" + c, "Place " + c, groupNames(viewGroups.get(c)).toArray(new String[0]));
                if (owners.get(c) >= 0) {
                    host.vm().teamStore().setOwner("C" + c, teamKey(owners.get(c)));
                }
            }
            host.vm().teamCatalog().invalidate();
            host.vm().membership().invalidate();
            return host;
        }

        List<String> teamKeys() {
            List<String> out = new ArrayList<>();
            for (int t = 0; t < TEAMS; t++) {
                out.add(teamKey(t));
            }
            return out;
        }

        String teamName(String key) {
            return "Orgname" + key.charAt(2);
        }

        List<String> groupNames() {
            List<String> out = new ArrayList<>();
            for (int g = 0; g < GROUPS; g++) {
                out.add(groupName(g));
            }
            return out;
        }

        boolean isOutsider(int person) {
            for (int t = 0; t < TEAMS; t++) {
                if (teams.get(t).kind.isExternal() && inTeam(person, t)) {
                    return true;
                }
            }
            return false;
        }

        /** Internal teams and the outsider's own; every team for everyone else. */
        Set<String> visibleTeams(int person) {
            boolean outsider = isOutsider(person);
            Set<String> out = new LinkedHashSet<>();
            for (int t = 0; t < TEAMS; t++) {
                if (!outsider || !teams.get(t).kind.isExternal() || inTeam(person, t)) {
                    out.add(teamKey(t));
                }
            }
            return out;
        }

        List<String> containersHiddenFrom(int person) {
            List<String> out = new ArrayList<>();
            for (int c = 0; c < CONTAINERS; c++) {
                Set<Integer> shared = new LinkedHashSet<>(viewGroups.get(c));
                shared.retainAll(personGroups.get(person));
                if (shared.isEmpty()) {
                    out.add("C" + c);
                }
            }
            return out;
        }

        private boolean inTeam(int person, int team) {
            Set<Integer> shared = new LinkedHashSet<>(teams.get(team).groups);
            shared.retainAll(personGroups.get(person));
            return !shared.isEmpty();
        }

        private static String teamKey(int t) {
            return "tk" + t + "z";
        }

        private static String groupName(int g) {
            return "hostgroup" + g + "q";
        }

        private static List<String> groupNames(Set<Integer> indexes) {
            return indexes.stream().sorted().map(Model::groupName).collect(Collectors.toList());
        }

        @Override
        public String toString() {
            return "Model[people=" + personGroups + ", teams=" + teams + ", view=" + viewGroups + ", owners=" + owners + "]";
        }
    }

    static final class TeamSpec {
        final TeamKind kind;
        final Set<Integer> groups;

        TeamSpec(TeamKind kind, Set<Integer> groups) {
            this.kind = kind;
            this.groups = groups;
        }

        @Override
        public String toString() {
            return kind.wire() + groups;
        }
    }

    static final class EventSpec {
        final int actor;
        final int counterpart;
        final int container;
        final Verb verb;
        final int minute;

        EventSpec(int actor, int counterpart, int container, Verb verb, int minute) {
            this.actor = actor;
            this.counterpart = counterpart;
            this.container = container;
            this.verb = verb;
            this.minute = minute;
        }

        CapturedEvent toEvent() {
            return EventBuilder.event().sourceId("e" + actor + "-" + counterpart + "-" + container + "-" + minute + verb)
                    .actor("p" + actor).counterpart(counterpart < 0 ? null : "p" + counterpart).in("C" + container)
                    .verb(verb).at(EventBuilder.T0.plus(Duration.ofMinutes(minute))).build();
        }

        @Override
        public String toString() {
            return "p" + actor + "→" + (counterpart < 0 ? "-" : "p" + counterpart) + "@C" + container + "/" + verb.wire()
                    + "/m" + minute;
        }
    }
}
