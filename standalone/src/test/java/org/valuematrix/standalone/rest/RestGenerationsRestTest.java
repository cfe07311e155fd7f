package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.Browser;
import org.valuematrix.standalone.support.TestHost;
import org.w3c.dom.Document;

/**
 * The Atom feed on both REST generations: REST v1 (the shared host) turns {@code /stream.atom}
 * into {@code /stream} with {@code Accept: application/atom+xml}; a host without that rewrite
 * (REST v2 may be one) routes {@code /stream.atom} as it is. The feed link on the activity page
 * works on both.
 */
class RestGenerationsRestTest {
    private static final String STREAM = "/rest/value-matrix/1.0/stream";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static TestHost host(String generation) {
        return "v1".equals(generation) ? TestHost.shared() : TestHost.sharedRestV2();
    }

    @ParameterizedTest(name = "REST {0}")
    @ValueSource(strings = {"v1", "v2"})
    void streamDotAtom_shouldAnswerTheFilteredFeed(String generation) throws Exception {
        Api.Reply r = host(generation).api().get(STREAM + ".atom?scope=across&limit=3", "alice");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/atom+xml");
        Document feed = XmlDocuments.parse(r.body());
        assertThat(feed.getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(3);
        assertThat(r.body()).contains("term=\"across\"").doesNotContain("term=\"within\"", "term=\"external\"");
    }

    @ParameterizedTest(name = "REST {0}")
    @ValueSource(strings = {"v1", "v2"})
    void stream_acceptingAtom_shouldAnswerTheFeedAndStillJsonAndActivityStreams(String generation) {
        Api.Reply atom = host(generation).api().get(STREAM + "?limit=2", "alice", "application/atom+xml");
        Api.Reply json = host(generation).api().get(STREAM + "?limit=2", "alice");
        Api.Reply as2 = host(generation).api().get(STREAM + "?limit=2", "alice", "application/activity+json");

        assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(atom.body()).contains("<feed");
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.json().get("items")).hasSize(2);
        assertThat(as2.header("Content-Type")).startsWith("application/activity+json");
        assertThat(as2.json().get("type").asText()).isEqualTo("OrderedCollectionPage");
    }

    @ParameterizedTest(name = "REST {0}")
    @ValueSource(strings = {"v1", "v2"})
    void activityPageFeedLink_shouldOpenTheFeedOfTheSameFilters(String generation) {
        Browser browser = new Browser(host(generation).api().base());
        browser.logIn("alice", null);
        Element link = Browser.html(browser.get("/plugins/servlet/value-matrix/activity?scope=across"))
                .selectFirst("a[href*=stream.atom]");

        HttpResponse<String> feed = browser.follow(link.attr("href"));

        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("<feed", "term=\"across\"").doesNotContain("term=\"within\"");
    }

    @ParameterizedTest(name = "REST {0}")
    @ValueSource(strings = {"v1", "v2"})
    void otherExtensions_shouldFollowTheGeneration(String generation) {
        Api.Reply json = host(generation).api().get(STREAM + ".json?limit=1", "alice");
        Api.Reply xml = host(generation).api().get(STREAM + ".xml?limit=1", "alice");

        if ("v1".equals(generation)) {
            assertThat(json.status()).isEqualTo(200);
            assertThat(json.json().get("items")).hasSize(1);
            assertThat(xml.status()).as("REST v1 asks /stream for XML, which it does not produce").isEqualTo(406);
        } else {
            assertThat(json.status()).isEqualTo(404);
            assertThat(xml.status()).isEqualTo(404);
        }
        assertThat(xml.json().get("status").asInt()).isEqualTo(xml.status());
    }
}
