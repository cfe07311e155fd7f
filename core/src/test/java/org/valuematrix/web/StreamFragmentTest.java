package org.valuematrix.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;
import static org.valuematrix.web.WebPayloads.assertNoInjectedMarkup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.stream.StreamCursor;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.team.TeamKind;
import org.valuematrix.testing.TestHost;

/**
 * The stream block rendered by the real templates in Velocity 1.7: who → whom, what, where,
 * when, badges, "load more", and every user-supplied value escaped.
 */
class StreamFragmentTest {
    private final TestHost host = TestHost.onH2().standard();
    private StreamFragment target;

    @BeforeEach
    void events() {
        target = host.vm().streamFragment();
        host.team("evil", WebPayloads.TEAM, TeamKind.INTERNAL, "evil");
        host.directory().user("mallory", WebPayloads.NAME, "evil", "staff");
        host.containers().space("EVIL", WebPayloads.CONTAINER, "staff");
        host.ingest(
                interaction("ann", "carl").sourceId("f1").day(0).verb(Verb.COMMENTED).title("Release plan")
                        .url("/pages/1").in("ENG").build(),
                interaction("mallory", "ann").sourceId("f2").day(0).verb(Verb.REPLIED).title(WebPayloads.TITLE)
                        .url(WebPayloads.URL).in("EVIL").build(),
                interaction("carl", "dora").sourceId("f3").day(0).verb(Verb.LIKED).title("").url("https://example.com/x?a=1&b=2")
                        .in("ACME").build(),
                interaction("ann", "mallory").sourceId("f-tabbed").day(0).verb(Verb.COMMENTED).title("Tabbed")
                        .url(WebPayloads.TABBED_URL).in("EVIL").build());
    }

    @AfterEach
    void close() {
        host.close();
    }

    private Document render(StreamFilter filter, boolean compact) {
        return Jsoup.parseBodyFragment(target.render("vic", filter, compact));
    }

    @Test
    void render_forACustomer_shouldShowAnotherOrganisationsPeopleWithoutTheirTeam() {
        host.ingest(interaction("pat", "carl").sourceId("f4").day(1).verb(Verb.COMMENTED).title("Partner question")
                .in("ACME").build());

        Document asCustomer = Jsoup.parseBodyFragment(target.render("dora", StreamFilter.latest(10), false));
        Document asStaff = render(StreamFilter.latest(10), false);

        Element line = asCustomer.selectFirst("li.vm-item:contains(Partner question) .vm-item-line");
        assertThat(line.select(".vm-actor").text()).isEqualTo("Pat Page");
        assertThat(line.select(".vm-team").eachText()).containsExactly("Support");
        assertThat(asCustomer.text()).doesNotContain("PartnerCo");
        assertThat(asStaff.selectFirst("li.vm-item:contains(Partner question) .vm-item-line").select(".vm-team").eachText())
                .as("internal people see every team").containsExactly("PartnerCo", "Support");
    }

    @Test
    void render_payloadsInTitlesNamesTeamsAndContainers_shouldComeOutAsText() {
        Document doc = render(StreamFilter.latest(10), false);

        assertNoInjectedMarkup(doc);
        String text = doc.text();
        assertThat(text).contains(WebPayloads.TITLE).contains(WebPayloads.TEAM).contains(WebPayloads.CONTAINER)
                .contains("<b>Mallory</b>");
    }

    @Test
    void render_scriptOrOtherSiteUrl_shouldShowTheTitleWithoutALink() {
        Document doc = render(StreamFilter.latest(10), false);

        for (String title : List.of("alert(2)", "Tabbed")) {
            Element item = doc.select("li.vm-item").stream().filter(li -> li.text().contains(title)).findFirst()
                    .orElseThrow();
            assertThat(item.select("a.vm-object")).as(title).isEmpty();
            assertThat(item.select("span.vm-object").text()).contains(title);
        }
        assertThat(doc.select("a.vm-object").eachAttr("href"))
                .containsExactlyInAnyOrder("/wiki/pages/1", "https://example.com/x?a=1&b=2");
    }

    @Test
    void render_shouldShowWhoWhomWhatWhereWhenAndBadges() {
        Document doc = render(StreamFilter.latest(10).withScopes(Set.of(Scope.ACROSS)).withContainers(Set.of("ENG")), false);

        Element item = doc.selectFirst("li.vm-item");
        assertThat(doc.select("li.vm-item")).hasSize(1);
        assertThat(item.hasClass("vm-scope-across")).isTrue();
        assertThat(item.select(".vm-actor").text()).isEqualTo("Ann Archer");
        assertThat(item.select(".vm-avatar").text()).isEqualTo("AA");
        assertThat(item.select(".vm-team").eachText()).containsExactly("Engineering", "Support");
        assertThat(item.select(".vm-counterpart").text()).isEqualTo("Carl Cook");
        assertThat(item.select("a.vm-object").text()).isEqualTo("Release plan");
        assertThat(item.select(".vm-where a").text()).isEqualTo("Engineering space");
        assertThat(item.select(".vm-where a").attr("href")).isEqualTo("/wiki/display/ENG");
        assertThat(item.select(".vm-lozenge-across").text()).isEqualTo("Across teams");
        assertThat(item.select(".vm-lozenge-new").text()).isEqualTo("New tie");
        assertThat(item.select("time").attr("datetime")).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(item.select("time").text()).isEqualTo("1 h ago");
    }

    @Test
    void render_shouldSayWhoDidWhatToWhom_inTheVerbsOwnWords() {
        Document doc = render(StreamFilter.latest(10).withContainers(Set.of("ENG", "ACME")), false);

        assertThat(doc.select("li.vm-item .vm-item-line").eachText()).containsExactly(
                "Carl Cook (Support) liked (untitled) by Dora Dunn (Acme Corp)",
                "Ann Archer (Engineering) commented on Release plan by Carl Cook (Support)");
    }

    @Test
    void render_untitledObject_shouldSaySo() {
        Document doc = render(StreamFilter.latest(10).withScopes(Set.of(Scope.EXTERNAL)), false);

        assertThat(doc.select("a.vm-object").text()).isEqualTo("(untitled)");
    }

    @Test
    void render_moreThanAPage_shouldOfferLoadMoreWithTheCursor() throws Exception {
        Document doc = render(StreamFilter.latest(2).withContainers(Set.of("ENG", "EVIL", "ACME")), true);

        Element section = doc.selectFirst("section.vm-stream");
        assertThat(section.hasClass("vm-stream-compact")).isTrue();
        assertThat(doc.select("li.vm-item")).hasSize(2);
        assertThat(doc.select("button.vm-more")).hasSize(1);
        assertThat(StreamCursor.decode(section.attr("data-cursor"))).isPresent();
        assertThat(section.attr("data-rest")).startsWith("/wiki/rest/value-matrix/1.0/stream?limit=2")
                .contains("container=ACME");
        assertThat(new ObjectMapper().readTree(section.attr("data-texts")).get("vm.stream.more").asText())
                .isEqualTo("Load more");
    }

    @Test
    void render_nothingVisible_shouldSaySoWithoutLoadMore() {
        Document doc = Jsoup.parseBodyFragment(target.render("pat", StreamFilter.latest(10), false));

        assertThat(doc.select("li.vm-item")).isEmpty();
        assertThat(doc.select(".vm-stream-empty").text()).isEqualTo("No activity matches, or none you may see.");
        assertThat(doc.select("button.vm-more")).isEmpty();
        assertThat(doc.selectFirst("section.vm-stream").attr("data-cursor")).isEmpty();
    }

    @Test
    void render_containerFilterWithPayload_shouldStayInsideItsAttribute() {
        Document doc = render(StreamFilter.latest(10).withContainers(Set.of("\"><script>alert(7)</script>")), false);

        assertNoInjectedMarkup(doc);
        assertThat(doc.selectFirst("section.vm-stream").attr("data-rest")).contains("container=%22%3E%3Cscript");
        assertThat(List.copyOf(doc.select("section").eachAttr("class"))).hasSize(1);
    }
}
