package org.valuematrix.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Escaping for element content and quoted attributes; links only where {@link Links} allows them. */
class HtmlTest {

    @Test
    void escape_shouldNeutraliseEveryMarkupCharacter() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&`</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("Zoë ✓")).isEqualTo("Zoë ✓");
    }

    @Test
    void fill_shouldPutFragmentsWhereThePatternSaysAndEscapeItsWords() {
        assertThat(Html.fill("{0} replied to {2} on {1} <3", "<b>A</b>", "<a>X</a>", "<b>B</b>"))
                .isEqualTo("<b>A</b> replied to <b>B</b> on <a>X</a> &lt;3");
    }

    @Test
    void fill_bracesThatAreNoArgument_shouldStayText() {
        assertThat(Html.fill("{0} {x} {3} {} {{1}} {", "<i>a</i>", "<i>b</i>"))
                .isEqualTo("<i>a</i> {x} {3} {} {<i>b</i>} {");
    }

    @ParameterizedTest
    @CsvSource({
        "/pages/1, <a class=\"vm-object\" href=\"/wiki/pages/1\">T</a>",
        "https://example.com/a?b=1&c=2, <a class=\"vm-object\" href=\"https://example.com/a?b=1&amp;c=2\">T</a>",
        "'/x\"onmouseover=\"y', '<a class=\"vm-object\" href=\"/wiki/x&quot;onmouseover=&quot;y\">T</a>'",
        "javascript:alert(1), <span class=\"vm-object\">T</span>",
        "'/\t/evil.example', <span class=\"vm-object\">T</span>",
    })
    void link_shouldLinkAcceptedTargetsEscaped_andKeepTheTextOtherwise(String url, String expected) {
        assertThat(Html.link("/wiki", url, "vm-object", "T")).isEqualTo(expected);
    }

    @Test
    void link_withoutClass_refused_shouldBeTheTextAlone() {
        assertThat(Html.link("", "//evil.example", null, "<b>T</b>")).isEqualTo("<b>T</b>");
        assertThat(Html.link("", null, null, "T")).isEqualTo("T");
        assertThat(Html.link("", "/a", null, "T")).isEqualTo("<a href=\"/a\">T</a>");
    }
}
