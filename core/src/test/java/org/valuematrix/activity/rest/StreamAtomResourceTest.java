package org.valuematrix.activity.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;
import static org.valuematrix.testing.RestResults.body;
import static org.valuematrix.testing.RestResults.contentType;
import static org.valuematrix.testing.RestResults.json;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.core.Response;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.Verb;
import org.valuematrix.testing.FakeWebResources;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.TestHost;
import org.valuematrix.testing.UriInfos;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code GET /stream.atom}: a well-formed Atom 1.0 feed with activity extensions, escaped. */
class StreamAtomResourceTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ACTIVITY = "http://activitystrea.ms/spec/1.0/";
    private static final String PAYLOAD = "<script>alert(1)</script> & <b onmouseover=\"x()\">";

    private final TestHost host = TestHost.onH2().standard();
    private StreamAtomResource target;

    @BeforeEach
    void events() {
        target = host.vm().streamAtomResource();
        host.directory().user("mallory", "<img src=x onerror=alert(2)>", "staff");
        host.ingest(
                interaction("ann", "carl").sourceId("a1").day(0).verb(Verb.COMMENTED).title(PAYLOAD).in("ENG").build(),
                interaction("mallory", "ann").sourceId("a2").day(1).verb(Verb.REPLIED).title("Fine").in("OPEN").build(),
                interaction("carl", "dora").sourceId("a3").day(2).verb(Verb.LIKED).title("Hi").in("ACME").build());
    }

    @AfterEach
    void close() {
        host.close();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void get_shouldAnswerAWellFormedAtomFeedWithEveryEntry() throws Exception {
        Response r = target.get(Requests.as("vic"), UriInfos.query(""));

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("application/atom+xml");
        Document feed = parse(body(r));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(3);
        Element first = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertThat(first.getElementsByTagNameNS(ATOM, "published").item(0).getTextContent())
                .isEqualTo("2026-03-04T09:00:00Z");
        assertThat(first.getElementsByTagNameNS(ACTIVITY, "verb").item(0).getTextContent())
                .isEqualTo("http://activitystrea.ms/schema/1.0/like");
        assertThat(first.getElementsByTagNameNS(ATOM, "author").item(0).getTextContent()).contains("Carl Cook");
        assertThat(categories(first)).containsExactly("external", "new");
        assertThat(first.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent())
                .as("who did what to whom, and where")
                .isEqualTo("Carl Cook liked \u201cHi\u201d by Dora Dunn in Acme customer space");
    }

    @Test
    void get_shouldKeepHtmlPayloadsAsTextNotMarkup() throws Exception {
        String xml = body(target.get(Requests.as("vic"), UriInfos.query("")));

        Document feed = parse(xml);
        assertThat(feed.getElementsByTagName("script").getLength()).isZero();
        assertThat(feed.getElementsByTagName("img").getLength()).isZero();
        assertThat(feed.getElementsByTagName("b").getLength()).isZero();
        assertThat(xml).doesNotContain("<script", "<img", "<b ");
        NodeList titles = feed.getElementsByTagNameNS(ATOM, "title");
        boolean payloadAsText = false;
        boolean nameAsText = false;
        for (int i = 0; i < titles.getLength(); i++) {
            payloadAsText |= titles.item(i).getTextContent().contains(PAYLOAD);
            nameAsText |= titles.item(i).getTextContent().contains("<img src=x onerror=alert(2)>");
        }
        assertThat(payloadAsText).as("the title survives as text").isTrue();
        assertThat(nameAsText).as("the display name survives as text").isTrue();
    }

    @Test
    void get_withMoreThanAPage_shouldLinkTheNextPage() throws Exception {
        Document feed = parse(body(target.get(Requests.as("vic"), UriInfos.query("limit=2&scope=external,across"))));

        NodeList links = feed.getDocumentElement().getChildNodes();
        String next = null;
        for (int i = 0; i < links.getLength(); i++) {
            if (links.item(i) instanceof Element && "link".equals(links.item(i).getLocalName())
                    && "next".equals(((Element) links.item(i)).getAttribute("rel"))) {
                next = ((Element) links.item(i)).getAttribute("href");
            }
        }
        assertThat(next).startsWith(FakeWebResources.BASE_URL + "/rest/value-matrix/1.0/stream.atom?").contains("limit=2")
                .contains("cursor=").contains("scope=across");
    }

    @Test
    void get_shouldLinkUnderTheCanonicalBaseUrlWhateverHostTheRequestNames() throws Exception {
        String xml = body(target.get(Requests.as("vic"), UriInfos.query("limit=2")));

        Document feed = parse(xml);
        NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
        assertThat(links.getLength()).as("self, next and two per entry").isEqualTo(6);
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(((Element) links.item(i)).getAttribute("href")).startsWith(FakeWebResources.BASE_URL + "/");
        }
        assertThat(xml).as("the request's Host").doesNotContain(Requests.HOST);
    }

    @Test
    void get_shouldBeTrimmedLikeTheJsonStream() throws Exception {
        Document feed = parse(body(target.get(Requests.as("dora"), UriInfos.query(""))));

        assertThat(feed.getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(1);
    }

    @Test
    void get_anonymous_shouldAnswer401() {
        Response r = target.get(Requests.anonymous(), UriInfos.query(""));

        assertThat(r.getStatus()).isEqualTo(401);
    }

    @Test
    void get_badParameter_shouldAnswer400NamingIt() {
        Response r = target.get(Requests.as("vic"), UriInfos.query("scope=nowhere&limit=500"));

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json(r).get("errors").has("scope")).isTrue();
        assertThat(json(r).get("errors").has("limit")).isTrue();
    }

    private static java.util.List<String> categories(Element entry) {
        java.util.List<String> out = new java.util.ArrayList<>();
        NodeList c = entry.getElementsByTagNameNS(ATOM, "category");
        for (int i = 0; i < c.getLength(); i++) {
            out.add(((Element) c.item(i)).getAttribute("term"));
        }
        return out;
    }
}
