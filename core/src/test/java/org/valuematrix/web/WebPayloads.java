package org.valuematrix.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML/script payloads users can type, and checks that none of them became markup. */
final class WebPayloads {
    static final String TITLE = "<img src=x onerror=alert(1)>\"><script>alert(2)</script>";
    static final String TEAM = "<svg onload=alert(3)>";
    static final String NAME = "\" onmouseover=\"alert(4)\" <b>Mallory</b>";
    static final String CONTAINER = "<iframe src=javascript:alert(5)></iframe>";
    static final String URL = "javascript:alert(6)";
    /** A browser drops the tab and reads {@code //evil.example}: another site. */
    static final String TABBED_URL = "/\t/evil.example";

    private WebPayloads() {
    }

    /** Fails if any payload turned into an element, an event-handler attribute or a script link. */
    static void assertNoInjectedMarkup(Document doc) {
        assertThat(doc.select("script, img, svg, iframe, b, object, embed, style")).as("injected elements").isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(a.getValue().trim().toLowerCase()).as("%s on <%s>", a.getKey(), e.tagName())
                        .doesNotStartWith("javascript:");
            }
        }
    }
}
