package org.valuematrix.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which printed references the products' template renderer leaves as they are. */
class TemplateEscapingTest {

    @ParameterizedTest
    @ValueSource(strings = {"$lineHtml", "$!lineHtml", "${lineHtml}", "$!{lineHtml}", "$lineHTML", "$linehtml", "$Html",
        "$body", "$head", "$xHtmlContent", "$!{body}"})
    void printsRaw_plainReferenceEndingInHtml_orAKnownName_shouldBeTrue(String reference) {
        assertThat(TemplateEscaping.printsRaw(reference)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$line", "$htmlLine", "$item.lineHtml", "$!{item.lineHtml}", "$item.get('lineHtml')",
        "$t.get('vm.stream.label')", "$lineHtml.trim()", "$Body", "$xhtmlcontent", "$tml", "$lineHtmx", "$listHtml[0]",
        "$lineHtml\u0130", "$lineHtm\u2113"})
    void printsRaw_anyOtherReference_shouldBeFalse(String reference) {
        assertThat(TemplateEscaping.printsRaw(reference)).isFalse();
    }

    @Test
    void escape_shouldReplaceTheFiveCharactersTheRendererReplaces() {
        assertThat(TemplateEscaping.escape("<a href=\"x\" title='y'>&`</a> Zoë"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;`&lt;/a&gt; Zoë");
    }
}
