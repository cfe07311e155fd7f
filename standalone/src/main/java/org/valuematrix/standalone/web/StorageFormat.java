package org.valuematrix.standalone.web;

import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.valuematrix.support.Html;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Pages written in Confluence storage format (the customer-facing space templates) shown as HTML:
 * headings, paragraphs, lists and emphasis are kept, every other element gives its text only, and
 * every text is escaped again here, so a stored body can never add markup of its own.
 */
final class StorageFormat {
    private static final Set<String> KEPT = Set.of("h2", "h3", "p", "ul", "ol", "li", "strong", "em");

    private StorageFormat() {
    }

    /** @return the body as HTML when it is well-formed storage format; empty for the host's plain text */
    static Optional<String> toHtml(String body) {
        if (body == null || !body.trim().startsWith("<")) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            String xml = "<root xmlns:ac=\"http://atlassian.com/content\" xmlns:ri=\"http://atlassian.com/resource\">"
                    + body + "</root>";
            Element root = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            StringBuilder out = new StringBuilder();
            children(root, out);
            return Optional.of(out.toString());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static void children(Node node, StringBuilder out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(Html.escape(c.getNodeValue()));
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                String name = c.getNodeName();
                boolean kept = KEPT.contains(name);
                if (kept) {
                    out.append('<').append(name).append('>');
                }
                children(c, out);
                if (kept) {
                    out.append("</").append(name).append('>');
                }
            }
        }
    }
}
