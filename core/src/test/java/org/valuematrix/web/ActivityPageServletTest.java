package org.valuematrix.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;
import static org.valuematrix.web.WebPayloads.assertNoInjectedMarkup;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.Verb;
import org.valuematrix.team.TeamKind;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.TestHost;

/** The full-page activity view: filters as a GET form, errors shown, everything escaped. */
class ActivityPageServletTest {
    private final TestHost host = TestHost.onH2().standard();
    private ActivityPageServlet target;

    @BeforeEach
    void events() {
        target = host.vm().activityPageServlet();
        host.team("evil", WebPayloads.TEAM, TeamKind.INTERNAL, "evil");
        host.ingest(interaction("ann", "carl").sourceId("p1").day(0).verb(Verb.COMMENTED).title(WebPayloads.TITLE)
                        .in("ENG").build(),
                interaction("carl", "dora").sourceId("p2").day(1).verb(Verb.REPLIED).in("ACME").build());
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
    void get_anonymous_shouldRedirectToLogin() throws Exception {
        Answer a = get(null);

        assertThat(a.status).isEqualTo(302);
        assertThat(a.redirect).isEqualTo("/wiki/login");
        assertThat(a.body.toString()).isEmpty();
    }

    @Test
    void get_shouldRenderTheFilterFormAndTheStream() throws Exception {
        Answer a = get("vic", "scope", "across", "team", "eng");

        assertThat(a.status).isEqualTo(200);
        assertThat(a.contentType).isEqualTo("text/html;charset=UTF-8");
        Document doc = a.html();
        assertNoInjectedMarkup(doc);
        assertThat(doc.select("form.vm-filters").attr("action")).isEqualTo("/wiki/plugins/servlet/value-matrix/activity");
        assertThat(doc.select("#vm-scope option[selected]").attr("value")).isEqualTo("across");
        assertThat(doc.select("#vm-team option[selected]").attr("value")).isEqualTo("eng");
        assertThat(doc.select("#vm-team option").eachText()).contains(WebPayloads.TEAM);
        assertThat(doc.select("li.vm-item")).hasSize(1);
        assertThat(doc.select("li.vm-item").text()).contains(WebPayloads.TITLE);
        assertThat(doc.select("#host-header")).hasSize(1);
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void get_shouldOfferOnlyContainersTheViewerMaySee() throws Exception {
        Document doc = get("dora").html();

        assertThat(doc.select("#vm-container option").eachAttr("value")).containsExactly("ACME");
        assertThat(doc.select("li.vm-item")).hasSize(1);
    }

    @Test
    void get_badFilters_shouldAnswer400WithTheProblemsInWordsAndNoListThatWouldLookLikeTheirAnswer() throws Exception {
        Answer a = get("vic", "scope", "<script>alert(1)</script>", "since", "\"><img src=x onerror=alert(2)>",
                "actor", "\" autofocus onfocus=\"alert(3)");

        assertThat(a.status).isEqualTo(400);
        Document doc = a.html();
        assertNoInjectedMarkup(doc);
        assertThat(doc.select(".aui-message-error li").eachText()).hasSize(2)
                .anySatisfy(t -> assertThat(t).isEqualTo("\u201c<script>alert(1)</script>\u201d is not a scope."))
                .anySatisfy(t -> assertThat(t).startsWith("\u201c\"><img src=x onerror=alert(2)>\u201d is not a date"));
        assertThat(doc.select(".aui-message-error").text())
                .contains("No entries are shown until these filters are corrected or cleared.");
        assertThat(doc.select(".aui-message-error a.vm-clear-filters").attr("href"))
                .isEqualTo("/wiki/plugins/servlet/value-matrix/activity");
        assertThat(doc.select("#vm-since").attr("value")).isEqualTo("\"><img src=x onerror=alert(2)>");
        assertThat(doc.select("li.vm-item, section.vm-stream")).isEmpty();
    }

    @Test
    void get_actorFilter_shouldBeEchoedIntoItsInputSafely() throws Exception {
        Document doc = get("vic", "actor", "\" autofocus onfocus=\"alert(3)").html();

        assertNoInjectedMarkup(doc);
        assertThat(doc.select("#vm-actor").attr("value")).isEqualTo("\" autofocus onfocus=\"alert(3)");
        assertThat(doc.select("#vm-actor").hasAttr("autofocus")).isFalse();
    }
}
