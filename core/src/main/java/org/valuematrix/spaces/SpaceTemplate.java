package org.valuematrix.spaces;

import static org.valuematrix.spaces.TemplatePage.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four customer-facing space templates. Each makes the same frame (home page, Working norms,
 * Start here, Internal notes) around pages of its own; every word is in the bundle.
 */
public enum SpaceTemplate {
    CUSTOMER_COLLABORATION(
            page("goals", "p:intro", "h:outcomes", "li:outcomes.1", "li:outcomes.2", "li:outcomes.3", "h:plan",
                    "p:plan.text"),
            page("meetings", "p:intro", "h:agenda", "li:agenda.1", "li:agenda.2", "li:agenda.3", "h:after",
                    "p:after.text"),
            page("decisions", "p:intro", "h:record", "li:record.1", "li:record.2", "li:record.3")),
    PRODUCT_FEEDBACK(
            page("ideas", "p:intro", "h:good", "li:good.1", "li:good.2", "li:good.3", "h:next", "p:next.text"),
            page("threads", "p:intro", "h:how", "li:how.1", "li:how.2", "li:how.3"),
            page("roadmap", "p:intro", "h:horizons", "li:horizons.1", "li:horizons.2", "li:horizons.3", "p:caveat"),
            page("releases", "p:intro", "h:each", "li:each.1", "li:each.2", "li:each.3")),
    SUPPORT_KNOWLEDGE(
            page("howto", "p:intro", "h:shape", "li:shape.1", "li:shape.2", "li:shape.3", "p:review"),
            page("troubleshooting", "p:intro", "h:shape", "li:shape.1", "li:shape.2", "li:shape.3"),
            page("known", "p:intro", "h:entry", "li:entry.1", "li:entry.2", "li:entry.3", "p:closed")),
    PARTNER(
            page("shared", "p:intro", "h:contents", "li:contents.1", "li:contents.2", "li:contents.3",
                    "h:review", "p:review.text"),
            page("enablement", "p:intro", "h:contents", "li:contents.1", "li:contents.2", "li:contents.3"),
            page("deals", "p:intro", "h:entry", "li:entry.1", "li:entry.2", "li:entry.3", "p:care"));

    private final List<TemplatePage> own;

    SpaceTemplate(TemplatePage... own) {
        this.own = List.of(own);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SpaceTemplate> parse(String text) {
        for (SpaceTemplate t : values()) {
            if (t.wire().equals(text)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public String nameKey() {
        return "vm.spaces.template." + wire() + ".name";
    }

    public String descriptionKey() {
        return "vm.spaces.template." + wire() + ".description";
    }

    /** @return the home page with its tree: Working norms, Start here, the template's pages, Internal notes */
    public TemplatePage home() {
        List<TemplatePage> children = new ArrayList<>();
        children.add(page("norms", "p:intro", "h:response", "li:response.1", "li:response.2", "h:tone",
                "li:tone.1", "li:tone.2", "h:share", "li:share.1", "li:share.2", "li:share.3", "h:escalate",
                "p:escalate.text", "p:rehearse"));
        children.add(page("start", "p:intro", "h:faq", "h:q1", "p:a1", "h:q2", "p:a2", "h:q3", "p:a3"));
        children.addAll(own);
        children.add(page(TemplatePage.INTERNAL_NOTES, "p:intro", "h:use", "li:use.1", "li:use.2", "li:use.3",
                "p:never"));
        return page("home." + wire(), "p:purpose", "h:who", "p:who.text", "h:help", "p:help.text")
                .with(children.toArray(new TemplatePage[0]));
    }

    /** @return every page of the tree, parents before their children */
    public List<TemplatePage> pages() {
        List<TemplatePage> out = new ArrayList<>();
        collect(home(), out);
        return out;
    }

    private static void collect(TemplatePage p, List<TemplatePage> out) {
        out.add(p);
        p.children().forEach(c -> collect(c, out));
    }
}
