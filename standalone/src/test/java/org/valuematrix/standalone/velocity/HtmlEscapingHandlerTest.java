package org.valuematrix.standalone.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuematrix.standalone.spi.StandaloneTemplateRenderer;

/**
 * The standalone host escapes what templates print as the products' template renderer does:
 * every reference but a plain {@code $…Html} one, unless the template rendered turns escaping off.
 */
class HtmlEscapingHandlerTest {
    private static final String MARKUP = "<b title=\"x\">Tom & 'Jerry'</b>";
    private static final String ESCAPED = "&lt;b title=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;";
    private static final String DIR = "templates/test/escaping/";

    private final StandaloneTemplateRenderer target = new StandaloneTemplateRenderer();

    private static Map<String, Object> context() {
        Map<String, Object> ctx = new HashMap<>();
        for (String name : List.of("name", "nameHtml", "nameHTML", "nameHtMl", "htmlName", "body", "head", "xHtmlContent")) {
            ctx.put(name, MARKUP);
        }
        ctx.put("item", Map.of("lineHtml", MARKUP));
        ctx.put("t", Map.of("vm.test", "Tom & Jerry <3"));
        ctx.put("count", 3);
        ctx.put("linesHtml", List.of(MARKUP));
        return ctx;
    }

    private Map<String, String> lines(String template) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : target.render(DIR + template, context()).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"html", "silent", "braces", "silentBraces", "upperCase", "mixedCase", "body", "head", "xHtmlContent",
        "alias", "quotedRaw", "loopHtml"})
    void plainHtmlReference_shouldPrintItsValueAsItIs(String label) {
        assertThat(lines("references.vm")).containsEntry(label, MARKUP);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"plain", "notAtTheEnd", "dotted", "dottedSilent", "mapGet", "aliasText", "loopText"})
    void anyOtherReference_shouldBeEscapedOnce(String label) {
        assertThat(lines("references.vm")).containsEntry(label, ESCAPED);
    }

    @Test
    void referenceInsideAQuotedString_shouldBeEscapedWhenTheStringIsMade() {
        assertThat(lines("references.vm")).as("escaped in the string, then printed as it is through $quotedHtml")
                .containsEntry("quoted", ESCAPED);
    }

    @Test
    void bundleTextsAndNumbers_shouldBeEscapedToo() {
        assertThat(lines("references.vm")).containsEntry("bundle", "Tom &amp; Jerry &lt;3").containsEntry("number", "3");
    }

    @Test
    void disableHtmlEscaping_shouldPrintEverythingAsItIs_inTheTemplateAndWhatItParses() {
        assertThat(lines("disabled.vm")).containsEntry("top", MARKUP).containsEntry("child", MARKUP);
    }

    @Test
    void disableHtmlEscapingInAParsedTemplate_shouldNotCount() {
        assertThat(lines("parent.vm")).as("only the template rendered is looked at")
                .containsEntry("top", ESCAPED).containsEntry("child", ESCAPED);
    }

    @Test
    void disableHtmlEscapingInAnIf_shouldCount_butNotInAForeach() {
        assertThat(lines("disabled-in-if.vm")).containsEntry("top", MARKUP);
        assertThat(lines("disabled-in-foreach.vm")).containsEntry("top", ESCAPED);
    }

    @Test
    void enableHtmlEscapingAndHtmlSafe_shouldBeKnownAndChangeNothing() {
        String out = target.render(DIR + "enabled.vm", context());

        assertThat(out).doesNotContain("#enable_html_escaping", "#htmlSafe").contains("top=" + ESCAPED);
    }
}
