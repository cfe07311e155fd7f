package org.valuematrix.activity.rest;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.valuematrix.activity.stream.StreamCursor;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.spi.Messages;

/**
 * Atom 1.0 with the activitystrea.ms 1.0 extensions (as Atlassian's own activity stream
 * writes them), so feed readers and existing integrations read it. StAX escapes every text
 * and attribute value; links only where {@link org.valuematrix.support.Links} accepts the target.
 */
final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ACTIVITY = "http://activitystrea.ms/spec/1.0/";
    private static final String SCHEMA = "http://activitystrea.ms/schema/1.0/";

    private final Messages messages;

    AtomFeed(Messages messages) {
        this.messages = messages;
    }

    /** @param base the canonical base URL every link starts with */
    void write(OutputStream out, String base, StreamFilter filter, List<Map<String, Object>> items,
            StreamCursor next, String updated) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("feed");
        x.writeDefaultNamespace(ATOM);
        x.writeNamespace("activity", ACTIVITY);
        x.writeNamespace("vm", "urn:value-matrix:ns#");
        text(x, ATOM, "id", "urn:value-matrix:stream:" + StreamLinks.page(base, "stream.atom", filter, null).hashCode());
        text(x, ATOM, "title", messages.text("vm.stream.feed.title"));
        text(x, ATOM, "updated", updated);
        link(x, "self", StreamLinks.page(base, "stream.atom", filter, filter.cursor().orElse(null)), null);
        if (next != null) {
            link(x, "next", StreamLinks.page(base, "stream.atom", filter, next), null);
        }
        Map<String, String> texts = messages.all();
        for (Map<String, Object> item : items) {
            entry(x, base, item, texts);
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
    }

    @SuppressWarnings("unchecked")
    private static void entry(XMLStreamWriter x, String base, Map<String, Object> item,
            Map<String, String> texts) throws XMLStreamException {
        Map<String, Object> actor = (Map<String, Object>) item.get("actor");
        Map<String, Object> object = (Map<String, Object>) item.get("object");
        Map<String, Object> container = (Map<String, Object>) item.get("container");
        Map<String, Object> counterpart = (Map<String, Object>) item.get("counterpart");
        String verb = (String) item.get("verb");
        Optional<String> url = StreamLinks.link(base, (String) object.get("url"));
        x.writeStartElement(ATOM, "entry");
        text(x, ATOM, "id", "urn:value-matrix:event:" + item.get("id"));
        text(x, ATOM, "title", Sentences.text(texts, item));
        text(x, ATOM, "published", (String) item.get("occurredAt"));
        text(x, ATOM, "updated", (String) item.get("occurredAt"));
        x.writeStartElement(ATOM, "author");
        text(x, ATOM, "name", (String) actor.get("displayName"));
        text(x, ATOM, "uri", "urn:value-matrix:user:" + actor.get("key"));
        x.writeEndElement();
        if (url.isPresent()) {
            link(x, "alternate", url.get(), "text/html");
        }
        category(x, "scope", (String) item.get("scope"));
        category(x, "novelty", (String) item.get("novelty"));
        text(x, ACTIVITY, "verb", SCHEMA + ("created".equals(verb) || "commented".equals(verb) || "replied".equals(verb)
                ? "post" : "liked".equals(verb) ? "like" : "update"));
        text(x, "urn:value-matrix:ns#", "verb", verb);
        x.writeStartElement(ACTIVITY, "object");
        text(x, ATOM, "id", StreamLinks.objectId(base, object));
        text(x, ATOM, "title", (String) object.get("title"));
        text(x, ACTIVITY, "object-type", SCHEMA + ("comment".equals(object.get("type")) ? "comment" : "article"));
        if (url.isPresent()) {
            link(x, "alternate", url.get(), "text/html");
        }
        x.writeEndElement();
        x.writeStartElement(ACTIVITY, "target");
        text(x, ATOM, "id", StreamLinks.containerId(base, container));
        text(x, ATOM, "title", (String) container.get("name"));
        text(x, ACTIVITY, "object-type", SCHEMA + "folder");
        x.writeEndElement();
        if (counterpart != null) {
            x.writeStartElement("urn:value-matrix:ns#", "counterpart");
            text(x, ATOM, "name", (String) counterpart.get("displayName"));
            text(x, ATOM, "uri", "urn:value-matrix:user:" + counterpart.get("key"));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void category(XMLStreamWriter x, String scheme, String term) throws XMLStreamException {
        if (term != null) {
            x.writeEmptyElement(ATOM, "category");
            x.writeAttribute("scheme", "urn:value-matrix:" + scheme);
            x.writeAttribute("term", term);
        }
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement(ATOM, "link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        if (type != null) {
            x.writeAttribute("type", type);
        }
    }

    private static void text(XMLStreamWriter x, String ns, String name, String value) throws XMLStreamException {
        x.writeStartElement(ns, name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }
}
