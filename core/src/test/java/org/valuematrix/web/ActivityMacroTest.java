package org.valuematrix.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;
import static org.valuematrix.web.WebPayloads.assertNoInjectedMarkup;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuematrix.activity.Verb;
import org.valuematrix.testing.TestHost;

/** The "Cross-team activity" macro: parameters → stream; bad parameters → an error box naming them. */
class ActivityMacroTest {
    private final TestHost host = TestHost.onH2().standard();
    private ActivityMacro target;

    @BeforeEach
    void events() {
        target = host.vm().activityMacro();
        host.ingest(
                interaction("ann", "bob").sourceId("m1").day(0).verb(Verb.COMMENTED).in("ENG").build(),
                interaction("ann", "carl").sourceId("m2").day(1).verb(Verb.COMMENTED).in("ENG").build(),
                interaction("carl", "dora").sourceId("m3").day(2).verb(Verb.REPLIED).in("ACME").build(),
                interaction("bob", "carl").sourceId("m4").day(3).verb(Verb.ASSIGNED).in("SUP").build());
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

    @Test
    void render_noParameters_shouldShowTheLatestTenTheViewerMaySee() {
        assertThat(render("vic").select("li.vm-item")).hasSize(4);
        assertThat(render("dora").select("li.vm-item")).hasSize(1);
        assertThat(render(null).select("li.vm-item")).as("anonymous sees nothing").isEmpty();
        assertThat(Jsoup.parseBodyFragment(target.render(null, "vic")).select("li.vm-item")).hasSize(4);
    }

    @Test
    void render_parameters_shouldFilterTheStream() {
        Document doc = render("vic", "teams", "support", "scope", "across", "spaces", "ENG,SUP", "max", "1",
                "mode", "compact");

        assertThat(doc.select("li.vm-item")).hasSize(1);
        assertThat(doc.select("li.vm-item").first().hasClass("vm-scope-across")).isTrue();
        assertThat(doc.select("section.vm-stream-compact")).hasSize(1);
        assertThat(doc.select("button.vm-more")).hasSize(1);
        assertThat(render("vic", "scope", "all", "mode", "full").select("li.vm-item")).hasSize(4);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "teams | nobody                          | true",
        "teams | <script>alert(1)</script>       | true",
        "scope | \"><img src=x onerror=alert(2)> | true",
        "scope | sideways                        | true",
        "max   | 0                               | false",
        "max   | 101                             | false",
        "max   | <b>5</b>                        | false",
        "mode  | <svg onload=alert(3)>           | false",
    })
    void render_badParameter_shouldShowAnErrorBoxNamingItEscaped(String name, String value, boolean echoed) {
        Document doc = render("vic", name, value);

        assertNoInjectedMarkup(doc);
        assertThat(doc.select("li.vm-item")).isEmpty();
        assertThat(doc.select(".vm-macro-error[role=alert]")).hasSize(1);
        assertThat(doc.select(".vm-macro-error .title").text())
                .isEqualTo("The Cross-team activity macro has invalid parameters");
        assertThat(doc.select(".vm-macro-error li").text()).startsWith(name + ":");
        if (echoed) {
            assertThat(doc.select(".vm-macro-error li").text()).as("the value shows as text").contains(value);
        }
    }

    @Test
    void render_severalBadParameters_shouldNameEachOfThem() {
        Document doc = render("vic", "teams", "nobody", "scope", "sideways", "max", "0", "mode", "wide");

        assertThat(doc.select(".vm-macro-error li")).extracting(e -> e.text().substring(0, e.text().indexOf(':')))
                .containsExactlyInAnyOrder("teams", "scope", "max", "mode");
    }

    @Test
    void render_spacesWithPayload_shouldStayText() {
        Document doc = render("vic", "spaces", "\"><script>alert(4)</script>");

        assertNoInjectedMarkup(doc);
        assertThat(doc.select("li.vm-item")).isEmpty();
    }
}
