package org.valuematrix.activity.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;
import static org.valuematrix.testing.RestResults.body;
import static org.valuematrix.testing.RestResults.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.Verb;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.TestHost;
import org.valuematrix.testing.UriInfos;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Atom and Activity Streams 2.0 link only to what the pages would link to ({@code Links}): an
 * object whose address is a script or another site keeps its title and gets no link.
 */
class FeedLinksTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ACTIVITY = "http://activitystrea.ms/spec/1.0/";

    private final TestHost host = TestHost.onH2().standard();

    @BeforeEach
    void events() {
        host.ingest(
                interaction("ann", "carl").sourceId("l1").day(0).verb(Verb.COMMENTED).object("page", "11", "Site path",
                        "/pages/11").in("ENG").build(),
                interaction("ann", "carl").sourceId("l2").day(1).verb(Verb.COMMENTED).object("page", "12", "Elsewhere",
                        "https://example.com/x?a=1&b=2").in("ENG").build(),
                interaction("ann", "carl").sourceId("l3").day(2).verb(Verb.COMMENTED).object("page", "13", "Script",
                        "javascript:alert(1)").in("ENG").build(),
                interaction("ann", "carl").sourceId("l4").day(3).verb(Verb.COMMENTED).object("page", "14", "Tabbed",
                        "/\t/evil.example").in("ENG").build());
    }

    @AfterEach
    void close() {
        host.close();
    }

    private List<Element> atomObjects() throws Exception {
        String xml = body(host.vm().streamAtomResource().get(Requests.as("vic"), UriInfos.query("container=ENG")));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList objects = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS(ACTIVITY, "object");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < objects.getLength(); i++) {
            out.add((Element) objects.item(i));
        }
        return out;
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    private static List<String> hrefs(Element parent) {
        List<String> out = new ArrayList<>();
        NodeList links = parent.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            out.add(((Element) links.item(i)).getAttribute("href"));
        }
        return out;
    }

    @Test
    void atom_shouldLinkSitePathsAndHttpAddresses_andNothingElse() throws Exception {
        List<Element> objects = atomObjects();

        assertThat(objects).extracting(o -> child(o, "title")).containsExactly("Tabbed", "Script", "Elsewhere", "Site path");
        assertThat(hrefs(objects.get(0))).as("/<tab>/evil.example is //evil.example to a browser").isEmpty();
        assertThat(hrefs(objects.get(1))).isEmpty();
        assertThat(hrefs(objects.get(2))).containsExactly("https://example.com/x?a=1&b=2");
        assertThat(hrefs(objects.get(3))).singleElement().asString().startsWith("https://").endsWith("/pages/11");
        assertThat(child(objects.get(1), "id")).isEqualTo("urn:value-matrix:object:page:13");
        for (Element entry : List.of((Element) objects.get(0).getParentNode(), (Element) objects.get(1).getParentNode())) {
            assertThat(hrefs(entry)).as("the entry's own links").noneMatch(h -> h.contains("evil") || h.contains("script"));
        }
    }

    @Test
    void activityStreams_shouldGiveAUrlOnlyForSitePathsAndHttpAddresses() {
        JsonNode items = json(host.vm().streamResource().get(Requests.as("vic"), UriInfos.query("container=ENG"),
                "application/activity+json")).get("orderedItems");

        assertThat(items).extracting(a -> a.get("object").get("name").asText())
                .containsExactly("Tabbed", "Script", "Elsewhere", "Site path");
        assertThat(items.get(0).get("object").has("url")).isFalse();
        assertThat(items.get(1).get("object").has("url")).isFalse();
        assertThat(items.get(1).get("object").get("id").asText()).isEqualTo("urn:value-matrix:object:page:13");
        assertThat(items.get(2).get("object").get("url").asText()).isEqualTo("https://example.com/x?a=1&b=2");
        assertThat(items.get(3).get("object").get("url").asText()).startsWith("https://").endsWith("/pages/11");
        assertThat(items.toString()).doesNotContain("javascript", "evil.example");
    }
}
