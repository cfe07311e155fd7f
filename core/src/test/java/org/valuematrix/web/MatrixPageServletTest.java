package org.valuematrix.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.Verb;
import org.valuematrix.team.TeamKind;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.TestHost;

/**
 * The matrix page's weekly views and evidence as the servlet renders them: trends of the unit in
 * focus with their tables, the journey of every visible unit, the team-to-team map with its new
 * bridges and pairs, the evidence of each unit, the team filter; a hostile team name stays text.
 */
class MatrixPageServletTest {
    private final TestHost host = TestHost.onH2().standard();
    private MatrixPageServlet target;

    @BeforeEach
    void events() {
        target = host.vm().matrixPageServlet();
        host.team("evil", WebPayloads.TEAM, TeamKind.INTERNAL, "support");
        host.ingest(interaction("ann", "carl").sourceId("m1").day(0).verb(Verb.COMMENTED).in("ENG").build(),
                interaction("ann", "carl").sourceId("m2").day(0).verb(Verb.COMMENTED).in("ENG").build(),
                interaction("bob", "ann").sourceId("m3").day(0).verb(Verb.COMMENTED).in("ENG").build());
    }

    @AfterEach
    void close() {
        host.close();
    }

    /** What the servlet wrote. */
    private static final class Answer {
        int status = 200;
        String redirect;
        String contentType;
        final StringWriter body = new StringWriter();

        HttpServletResponse response() {
            PrintWriter writer = new PrintWriter(body);
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus": status = (Integer) args[0]; return null;
                            case "sendRedirect": status = 302; redirect = (String) args[0]; return null;
                            case "setContentType": contentType = (String) args[0]; return null;
                            case "getWriter": return writer;
                            default: throw new UnsupportedOperationException(method.getName());
                        }
                    });
        }

        Document html() {
            return Jsoup.parse(body.toString());
        }
    }

    private Answer get(String user, String... nameValues) throws Exception {
        Map<String, String[]> params = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put(nameValues[i], new String[] {nameValues[i + 1]});
        }
        Answer a = new Answer();
        target.doGet(user == null ? Requests.anonymous() : Requests.as(user, params), a.response());
        return a;
    }

    @Test
    void get_asAdministrator_shouldShowTrendsJourneyTeamMapAndEvidence() throws Exception {
        Answer a = get("admin");

        assertThat(a.status).isEqualTo(200);
        Document doc = a.html();
        assertOnlyOwnMarkup(doc);
        assertThat(doc.select("section.vm-unit")).hasSize(1 + 5);
        assertThat(doc.select("#vm-trends-title").text()).isEqualTo("Trends of Organisation over the last 52 weeks");
        assertThat(doc.select("#vm-trends figure.vm-trend")).hasSize(8);
        for (Element chart : doc.select("#vm-trends figure.vm-trend")) {
            Element svg = chart.selectFirst("svg.vm-trend-chart[role=img]");
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertThat(doc.getElementById(id)).as(id).isNotNull();
            }
            assertThat(chart.select("details table.vm-trend-table tbody tr")).hasSize(52);
        }
        assertThat(doc.select("#vm-trend-crossTeamReach tbody tr").last().text()).endsWith(" 1");
        assertThat(doc.select("#vm-trend-timeToFirstResponseHours tbody tr").last().text())
                .as("no item, an undefined week: shown as a dash").endsWith("\u2014");
        assertThat(doc.select("#vm-trend-timeToFirstResponseHours .vm-trend-summary").text())
                .isEqualTo("None of the last 52 weeks has a value.");
        assertThat(doc.select("#vm-journey .vm-journey-name").eachText()).containsExactly("Organisation",
                "Engineering", "Support", "Acme Corp", "PartnerCo", WebPayloads.TEAM);
        assertThat(doc.select("#vm-journey .vm-journey-row svg rect")).hasSize(6 * 52);
        assertThat(doc.select("#vm-journey .vm-section-description").text()).contains("over the last 52 weeks");
        assertThat(doc.select("#vm-journey table.vm-journey-table thead th")).hasSize(1 + 6);
        assertThat(doc.select("#vm-edges table.vm-edge-map tbody th").eachText()).containsExactly("Engineering",
                "Support", "Acme Corp", "PartnerCo", WebPayloads.TEAM);
        Element engSupport = doc.select("#vm-edges table.vm-edge-map tbody tr").get(0).select("td").get(1);
        assertThat(engSupport.text()).isEqualTo("2 \u25c6 new bridge");
        assertThat(engSupport.select(".vm-bridge")).hasSize(1);
        assertThat(doc.select("#vm-edges table.vm-edge-pairs tbody tr").text())
                .isEqualTo("Engineering Support 2 1 \u25c6 new bridge");
        assertThat(doc.select("#vm-unit-eng .vm-evidence-table tbody tr")).hasSize(2);
        assertThat(doc.select("#vm-unit-eng .vm-evidence-sentences li").eachText())
                .allMatch(t -> t.contains("not enough data"));
        assertThat(doc.select("#vm-unit-eng .vm-evidence-stage").text()).as("within-team work this week: stage 1")
                .isEqualTo("Stage 1 (Operational improvement), first reached in the week of 2026-03-02."
                        + " 1 of the 12 weeks after have passed so far.");
        assertThat(doc.select("#vm-unit-support .vm-evidence-none").text())
                .isEqualTo("No stage was first reached in the last 52 weeks, so there is no before and after to compare.");
        assertThat(doc.select("#vm-team option").eachAttr("value")).containsExactly("", "eng", "support", "acme",
                "partnerco", "evil");
        assertThat(doc.select("#vm-stages-json").attr("href")).isEqualTo("/wiki/rest/value-matrix/1.0/matrix/stages?weeks=52");
        assertThat(doc.select("#vm-trend-eiIndex a.vm-json-link").attr("href"))
                .isEqualTo("/wiki/rest/value-matrix/1.0/matrix/trend?weeks=52&metric=eiIndex");
    }

    @Test
    void get_withATeam_shouldShowThatTeamsTrends() throws Exception {
        Document doc = get("admin", "team", "evil", "period", "week").html();

        assertOnlyOwnMarkup(doc);
        assertThat(doc.select("section.vm-unit").eachAttr("id")).containsExactly("vm-unit-organisation", "vm-unit-evil");
        assertThat(doc.select("#vm-trends-title").text()).isEqualTo("Trends of " + WebPayloads.TEAM + " over the last 52 weeks");
        assertThat(doc.select("#vm-team option[selected]").attr("value")).isEqualTo("evil");
        assertThat(doc.select("#vm-trend-participation a.vm-json-link").attr("href"))
                .isEqualTo("/wiki/rest/value-matrix/1.0/matrix/trend?weeks=52&team=evil&metric=participation");
        assertThat(doc.select("#vm-journey .vm-journey-row")).as("the journey of every team, whatever the focus")
                .hasSize(6);
    }

    /** The page's own SVG charts, and nothing a value could have made into markup. */
    private static void assertOnlyOwnMarkup(Document doc) {
        assertThat(doc.select("script, img, iframe, b, object, embed, style")).isEmpty();
        for (Element svg : doc.select("svg")) {
            assertThat(svg.classNames()).as("an SVG the page made").containsAnyOf("vm-trend-chart", "vm-journey-strip");
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute at : e.attributes()) {
                assertThat(at.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
            }
        }
    }
}
