package org.valuematrix.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;
import static org.valuematrix.web.WebPayloads.assertNoInjectedMarkup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.testing.FakeWebResources;
import org.valuematrix.testing.TestHost;

/**
 * The "Value Matrix" macro: one unit's matrix and stage from the matrix report, compact or full;
 * the page's who-sees-what; bad parameters → an error box naming them.
 */
class MatrixMacroTest {
    private final TestHost host = TestHost.onH2().standard();
    private MatrixMacro target;

    @BeforeEach
    void events() {
        target = host.vm().matrixMacro();
        host.ingest(
                interaction("ann", "bob").sourceId("v1").day(0).verb(Verb.COMMENTED).in("ENG").build(),
                interaction("bob", "ann").sourceId("v2").day(0).verb(Verb.REPLIED).in("ENG").build(),
                interaction("ann", "carl").sourceId("v3").day(0).verb(Verb.COMMENTED).in("SUP").build(),
                interaction("carl", "dora").sourceId("v4").day(0).verb(Verb.REPLIED).in("ACME").build());
    }

    @AfterEach
    void close() {
        host.close();
    }

    private Document render(String viewer, String... nameValues) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put(nameValues[i], nameValues[i + 1]);
        }
        return Jsoup.parseBodyFragment(target.render(params, viewer));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> reportUnit(String viewer, String team, String period) {
        Map<String, List<String>> params = new HashMap<>(Map.of("period", List.of(period)));
        if (team != null) {
            params.put("team", List.of(team));
        }
        Map<String, Object> report = host.vm().matrixService().report(viewer, host.vm().matrixService().query(params));
        return team == null ? (Map<String, Object>) report.get("organisation")
                : ((List<Map<String, Object>>) report.get("teams")).get(0);
    }

    @Test
    void render_noParameters_shouldShowTheOrganisationsCompactMatrixForThisMonth() {
        Document doc = render("admin");

        assertThat(doc.select("section.vm-embed.vm-embed-compact")).hasSize(1);
        assertThat(doc.select(".vm-embed-title").text()).startsWith("Organisation");
        assertThat(doc.select("table.vm-matrix td.vm-cell")).hasSize(6);
        assertThat(doc.select("table.vm-matrix td.vm-diagonal")).hasSize(3);
        assertThat(doc.select(".vm-stage .aui-lozenge").text()).matches("Stage [0-3]: .+");
        assertThat(doc.select(".vm-criteria, table.vm-metrics")).as("compact: no criteria, no metrics").isEmpty();
        assertThat(doc.select(".vm-period").text()).isEqualTo("2026-03-01 to 2026-03-31");
        assertThat(doc.select(".vm-embed-link a").attr("href"))
                .isEqualTo(FakeWebResources.CONTEXT_PATH + "/plugins/servlet/value-matrix?period=month");
    }

    @Test
    @SuppressWarnings("unchecked")
    void render_teamFull_shouldShowTheReportsNumbersCriteriaAndMetrics_andLinkToTheSameView() {
        Document doc = render("admin", "team", "eng", "period", "week", "mode", "full");

        assertThat(doc.select("section.vm-embed.vm-embed-full")).hasSize(1);
        assertThat(doc.select(".vm-embed-title").text()).startsWith("Engineering");
        List<String> shown = doc.select("td.vm-cell .vm-cell-interactions").eachText();
        List<String> expected = new java.util.ArrayList<>();
        List<Map<String, Object>> cells = (List<Map<String, Object>>) reportUnit("admin", "eng", "week").get("cells");
        for (Novelty novelty : Novelty.values()) {
            for (Scope scope : Scope.values()) {
                cells.stream().filter(c -> c.get("scope").equals(scope.wire()) && c.get("novelty").equals(novelty.wire()))
                        .forEach(c -> expected.add(String.valueOf(c.get("interactions"))));
            }
        }
        assertThat(shown).isEqualTo(expected);
        assertThat(shown).as("ann and bob's tie, then ann's comment to Support").containsOnly("0", "1")
                .filteredOn("1"::equals).hasSize(3);
        assertThat(doc.select(".vm-criteria li")).isNotEmpty();
        assertThat(doc.select("table.vm-metrics tr")).hasSize(8);
        assertThat(doc.select(".vm-embed-link a").attr("href"))
                .isEqualTo(FakeWebResources.CONTEXT_PATH + "/plugins/servlet/value-matrix?period=week&team=eng");
    }

    @Test
    void render_customerPartnerOrAnonymous_shouldShowANoticeAndNoNumber_whateverTheParameters() {
        for (String viewer : new String[] {"dora", "pat", null}) {
            for (String[] params : List.of(new String[0], new String[] {"team", "eng", "mode", "full"},
                    new String[] {"period", "fortnight", "team", "nobody"})) {
                Document doc = render(viewer, params);

                assertThat(doc.select(".vm-embed-notice[role=status]")).as("%s %s", viewer, List.of(params)).hasSize(1);
                assertThat(doc.select("table, .vm-macro-error")).isEmpty();
                assertThat(doc.text()).doesNotContainPattern("[0-9]").doesNotContain("Engineering", "Organisation");
            }
        }
        assertThat(render(null).text()).contains("Log in");
    }

    @Test
    void render_teamTheViewerMayNotSee_shouldAnswerAsATeamThatDoesNotExist() {
        // Engineering has two members, under the minimum size of five: administrators only.
        Document hidden = render("ann", "team", "eng");
        Document none = render("ann", "team", "nobody");

        assertThat(hidden.select(".vm-macro-error li").eachText()).containsExactly("team: no such team");
        assertThat(hidden.html()).isEqualTo(none.html());
        assertThat(render("ann").select(".vm-embed-title").text()).as("the organisation, to anyone inside")
                .startsWith("Organisation");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "period | fortnight",
        "period | <script>alert(1)</script>",
        "mode   | <svg onload=alert(3)>",
        "mode   | wide",
        "team   | \"><img src=x onerror=alert(2)>",
    })
    void render_badParameter_shouldShowAnErrorBoxNamingIt(String name, String value) {
        Document doc = render("admin", name, value);

        assertNoInjectedMarkup(doc);
        assertThat(doc.select("table")).isEmpty();
        assertThat(doc.select(".vm-macro-error .title").text()).isEqualTo("The Value Matrix macro has invalid parameters");
        assertThat(doc.select(".vm-macro-error li").text()).startsWith(name + ":");
    }

    @Test
    void render_severalBadParameters_shouldNameEachOfThem() {
        Document doc = render("vic", "team", "nobody", "period", "day", "mode", "wide");

        assertThat(doc.select(".vm-macro-error li")).extracting(e -> e.text().substring(0, e.text().indexOf(':')))
                .containsExactlyInAnyOrder("team", "period", "mode");
    }
}
