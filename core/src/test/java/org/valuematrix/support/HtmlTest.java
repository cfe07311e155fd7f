package org.valuematrix.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Escaping for element content and quoted attributes; only safe link targets pass. */
class HtmlTest {

    @Test
    void escape_shouldNeutraliseEveryMarkupCharacter() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&`</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("Zoë ✓")).isEqualTo("Zoë ✓");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "\tjavascript:alert(1)", "data:text/html,<b>",
        "vbscript:x", "//evil.example/x", "evil.example/x", "", "#top", "mailto:a@b"})
    void safeUrl_anythingButHttpOrSiteRelative_shouldBecomeHash(String url) {
        assertThat(Html.safeUrl("/wiki", url)).isEqualTo("#");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "/\\evil.example/x", "/\\/evil.example"})
    void safeUrl_protocolRelative_shouldBecomeHashAlsoAtTheRootContext(String url) {
        assertThat(Html.safeUrl("", url)).as("browsers read a backslash as a slash").isEqualTo("#");
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

    @Test
    void safeUrl_null_shouldBecomeHash() {
        assertThat(Html.safeUrl("/wiki", null)).isEqualTo("#");
    }

    @ParameterizedTest
    @CsvSource({
        "/pages/1, /wiki/pages/1",
        "https://example.com/a?b=1&c=2, https://example.com/a?b=1&amp;c=2",
        "HTTP://EXAMPLE.COM, HTTP://EXAMPLE.COM",
        "'/x\"onmouseover=\"y', '/wiki/x&quot;onmouseover=&quot;y'",
    })
    void safeUrl_httpAndSiteRelative_shouldPassEscaped(String url, String expected) {
        assertThat(Html.safeUrl("/wiki", url)).isEqualTo(expected);
    }
}
