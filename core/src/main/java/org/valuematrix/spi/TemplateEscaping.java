package org.valuematrix.spi;

import java.util.Set;

/**
 * What a {@link TemplateRenderer} escapes: the rule of the products' template renderer, which every
 * template of Value Matrix is written for and the standalone host applies too.
 *
 * <p>Every reference a template prints is HTML-escaped ({@code & < > " '}), except:
 * <ul>
 *   <li>a plain reference, without a dot, whose name ends in {@code html} in any case:
 *       {@code $lineHtml}, {@code $!lineHtml}, {@code ${lineHtml}}; also the names {@code body},
 *       {@code head} and {@code xHtmlContent};</li>
 *   <li>the value of a method the renderer trusts: named {@code …Html} or {@code render…}, or
 *       annotated {@code @HtmlSafe}. A value read from a Map ({@code $item.lineHtml}, which is
 *       {@code get("lineHtml")}) or a List is never trusted, and template contexts hold only
 *       String, Number, Boolean, Map and List, so for Value Matrix this case never applies;</li>
 *   <li>everything printed while rendering a template that contains
 *       {@code #disable_html_escaping()} (in an {@code #if} too, not inside a {@code #foreach}
 *       or {@code #macro}); what it {@code #parse}s included, since only the template rendered
 *       is checked.</li>
 * </ul>
 * Consequences for templates: HTML made in Java reaches the page through a plain
 * {@code $…Html} reference, e.g. {@code #set($lineHtml = $item.lineHtml)$lineHtml} (a
 * {@code #set} stores the value as it is: only printing escapes); everything else is text,
 * escaped once by the renderer, texts of the bundle ({@code $t.get('…')}) included. A reference
 * inside a double-quoted string ({@code "$name"}) is escaped when the string is evaluated.
 *
 * <p>Checked against the decompiled Confluence 8.7.2 (ATR 5.0.4, velocity-htmlsafe 4.0.3,
 * Velocity 1.6.4-atlassian-26): {@code VelocityTemplateRendererImpl.createContext} attaches
 * {@code DisableHtmlEscapingDirectiveHandler} around {@code TemplateRendererHtmlAnnotationEscaper};
 * {@code HtmlAnnotationEscaper.shouldEscape} with {@code RawVelocityReference.isScalar} and
 * {@code getBaseReferenceName} (drops {@code $ ! { }}), {@code HtmlSafeAnnotationUtils.endsWithHtmlIgnoreCase};
 * {@code HtmlEntities.encode}; {@code TemplateRendererAnnotationBoxingUberspect} with
 * {@code HtmlSafeMethodNameAnnotator}; {@code Directives.isPresent} over the current resource;
 * Velocity's {@code ASTReference.render} (passes the reference's literal text) and
 * {@code ASTStringLiteral.value} (renders interpolated references).
 */
public final class TemplateEscaping {
    /** The directive that turns escaping off for a whole template. */
    public static final String DISABLE_DIRECTIVE = "disable_html_escaping";
    private static final Set<String> RAW_NAMES = Set.of("xHtmlContent", "body", "head");

    private TemplateEscaping() {
    }

    /**
     * @param reference a reference as the template writes it, e.g. {@code $!{item.lineHtml}} or
     *     {@code $t.get('vm.stream.label')}
     * @return whether the renderer prints its value as it is
     */
    public static boolean printsRaw(String reference) {
        if (reference.indexOf('.') >= 0) {
            return false;
        }
        StringBuilder name = new StringBuilder(reference.length());
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c != '$' && c != '!' && c != '{' && c != '}') {
                name.append(c);
            }
        }
        String base = name.toString();
        return endsWithHtml(base) || RAW_NAMES.contains(base);
    }

    /** ASCII letters only, as the renderer compares them: no locale's case mapping. */
    private static boolean endsWithHtml(String name) {
        String suffix = "html";
        int from = name.length() - suffix.length();
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            char c = name.charAt(from + i);
            if (c != suffix.charAt(i) && c != Character.toUpperCase(suffix.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return the text with {@code & < > " '} as entities, as the renderer escapes a printed value */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
