package org.valuematrix.activity.rest;

import java.util.Locale;

/**
 * The stream's representations and the choice between them from an {@code Accept} header
 * (RFC 9110 §12.5.1): a type's weight is the q of the most specific range that names it; the
 * highest weight wins, then the more specific range, then the order below (plain JSON first,
 * so {@code *}{@code /*} and browsers get JSON). REST v1 turns {@code /stream.atom} into
 * {@code /stream} with {@code Accept: application/atom+xml}, which this reads as Atom.
 */
enum StreamFormat {
    JSON("application", "json"),
    ACTIVITY_STREAMS("application", "activity+json"),
    ATOM("application", "atom+xml");

    private final String type;
    private final String subtype;

    StreamFormat(String type, String subtype) {
        this.type = type;
        this.subtype = subtype;
    }

    String mediaType() {
        return type + "/" + subtype;
    }

    /** @return the format the header prefers; JSON when it is absent or names none of them */
    static StreamFormat of(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        StreamFormat best = JSON;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (StreamFormat f : values()) {
            double q = 0;
            int specificity = -1;
            for (String range : accept.split(",")) {
                int s = f.specificity(range);
                if (s > specificity) {
                    specificity = s;
                    q = quality(range);
                }
            }
            if (specificity >= 0 && (q > bestQ || (q == bestQ && q > 0 && specificity > bestSpecificity))) {
                best = f;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return best;
    }

    /** @return 2 for type/subtype, 1 for type/*, 0 for *{@literal /}*, -1 when the range does not match */
    private int specificity(String range) {
        String media = range.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        int slash = media.indexOf('/');
        if (slash < 0) {
            return -1;
        }
        String t = media.substring(0, slash).trim();
        String s = media.substring(slash + 1).trim();
        if ("*".equals(t) && "*".equals(s)) {
            return 0;
        }
        if (!type.equals(t)) {
            return -1;
        }
        return "*".equals(s) ? 1 : subtype.equals(s) ? 2 : -1;
    }

    private static double quality(String range) {
        String[] parameters = range.split(";");
        for (int i = 1; i < parameters.length; i++) {
            String[] p = parameters[i].split("=", 2);
            if (p.length == 2 && "q".equalsIgnoreCase(p[0].trim())) {
                try {
                    double q = Double.parseDouble(p[1].trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
