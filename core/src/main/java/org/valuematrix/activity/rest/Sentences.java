package org.valuematrix.activity.rest;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.valuematrix.support.Patterns;
import org.valuematrix.support.Html;

/**
 * An entry as the sentence the pages show, for formats that carry one line of text: "Carl Cook
 * liked “Hi” by Dora Dunn in Acme customer space". Same bundle patterns as the pages'.
 */
final class Sentences {
    private Sentences() {
    }

    /** @return the sentence as plain text (an Atom title) */
    static String text(Map<String, String> texts, Map<String, Object> item) {
        return sentence(texts, item, UnaryOperator.identity());
    }

    /** @return the sentence as HTML without markup, everything escaped (an Activity Streams summary is HTML) */
    static String html(Map<String, String> texts, Map<String, Object> item) {
        return sentence(texts, item, Html::escape);
    }

    @SuppressWarnings("unchecked")
    private static String sentence(Map<String, String> texts, Map<String, Object> item, UnaryOperator<String> esc) {
        Map<String, Object> actor = (Map<String, Object>) item.get("actor");
        Map<String, Object> object = (Map<String, Object>) item.get("object");
        Map<String, Object> counterpart = (Map<String, Object>) item.get("counterpart");
        Map<String, Object> container = (Map<String, Object>) item.get("container");
        String line = texts.getOrDefault("vm.line." + item.get("verb") + (counterpart == null ? ".alone" : ""), "{0} {1}");
        String what = Patterns.fill(texts.getOrDefault("vm.stream.quoted", "{0}"), esc,
                esc.apply((String) object.get("title")));
        String sentence = Patterns.fill(line, esc, esc.apply((String) actor.get("displayName")), what,
                counterpart == null ? "" : esc.apply((String) counterpart.get("displayName")));
        return Patterns.fill(texts.getOrDefault("vm.stream.where", "{0} {1}"), esc, sentence,
                esc.apply((String) container.get("name")));
    }
}
