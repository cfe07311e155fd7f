package org.valuematrix.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.valuematrix.support.Html;

/**
 * The activity page's filter form as the URL asked for it: every value of a multi-valued filter
 * stays selected (so Apply keeps it), values the page offers no option for are shown as given,
 * and a time the date field cannot hold is shown as it is.
 */
final class FilterForm {
    /** The filters the form shows; {@code limit} and {@code cursor} are not filters a person sets. */
    static final List<String> FILTERS = List.of("team", "scope", "container", "verb", "actor", "since", "until");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Map<String, List<String>> params;

    FilterForm(Map<String, List<String>> params) {
        this.params = params;
    }

    /** Repeated parameters and comma-separated lists both count, as the stream parser reads them. */
    static List<String> values(Map<String, List<String>> params, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : params.getOrDefault(name, List.of())) {
            if (raw == null) {
                continue;
            }
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** @return the filters the URL sets */
    static Set<String> shownParameters(Map<String, List<String>> params) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : FILTERS) {
            if (!values(params, name).isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * Options as text for page.vm (the renderer escapes them): the page's own, then each value of
     * the URL it has no option for, selected, so that the person sees what was asked.
     */
    List<Map<String, Object>> options(String name, List<String[]> offered) {
        List<String> asked = values(params, name);
        Set<String> wanted = new LinkedHashSet<>();
        for (String v : asked) {
            wanted.add(enumLike(name) ? v.toLowerCase(Locale.ROOT) : v);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String[] v : offered) {
            out.add(option(v[0], v[1], wanted.remove(v[0])));
        }
        for (String v : wanted) {
            out.add(option(v, v, true));
        }
        return out;
    }

    /**
     * Puts {@code <name>Html} (the value), {@code <name>Type} ({@code date}, or {@code text} for
     * an exact time, which a date field would show as empty) and {@code <name>Exact}.
     */
    void putTime(Map<String, Object> ctx, String name) {
        List<String> v = params.getOrDefault(name, List.of());
        String raw = v.isEmpty() || v.get(0) == null ? "" : v.get(0).trim();
        boolean exact = !raw.isEmpty() && !DATE.matcher(raw).matches();
        ctx.put(name + "Html", Html.escape(raw));
        ctx.put(name + "Type", exact ? "text" : "date");
        ctx.put(name + "Exact", exact);
    }

    private static boolean enumLike(String name) {
        return "scope".equals(name) || "verb".equals(name);
    }

    private static Map<String, Object> option(String value, String label, boolean selected) {
        Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("value", value);
        o.put("label", label);
        o.put("selected", selected);
        return o;
    }
}
