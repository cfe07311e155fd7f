package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MacroMarkupTest {

    @Test
    void parse_shouldSplitParagraphsAndMacros() {
        List<MacroMarkup.Block> blocks = MacroMarkup.parse("Intro line\nsecond line\n\n{cross-team-activity:scope=across|max=10}\nAfter");

        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).text()).isEqualTo("Intro line\nsecond line");
        assertThat(blocks.get(1).isMacro()).isTrue();
        assertThat(blocks.get(1).parameters()).containsExactly(Map.entry("scope", "across"), Map.entry("max", "10"));
        assertThat(blocks.get(2).text()).isEqualTo("After");
    }

    @Test
    void parse_macroWithoutParameters_shouldHaveNone() {
        assertThat(MacroMarkup.parse("{cross-team-activity}").get(0).parameters()).isEmpty();
        assertThat(MacroMarkup.parse("{other-macro}").get(0).isMacro()).isFalse();
    }

    @Test
    void withOverrides_shouldOverrideEveryMacroOrAddOne() {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("max", "5");
        overrides.put("teams", "eng");

        List<MacroMarkup.Block> onMacro = MacroMarkup.withOverrides(MacroMarkup.parse("{cross-team-activity:scope=across|max=10}"), overrides);
        List<MacroMarkup.Block> onText = MacroMarkup.withOverrides(MacroMarkup.parse("Text only"), overrides);

        assertThat(onMacro.get(0).parameters()).containsEntry("scope", "across").containsEntry("max", "5").containsEntry("teams", "eng");
        assertThat(onText).hasSize(2);
        assertThat(onText.get(1).parameters()).isEqualTo(overrides);
        assertThat(MacroMarkup.withOverrides(onText, Map.of())).isSameAs(onText);
    }

    @Test
    void macro_shouldWriteWikiMarkupThatParsesBack() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("scope", "external");
        p.put("spaces", "ACME");

        String markup = MacroMarkup.macro(p);

        assertThat(markup).isEqualTo("{cross-team-activity:scope=external|spaces=ACME}");
        assertThat(MacroMarkup.parse(markup).get(0).parameters()).isEqualTo(p);
    }

    @Test
    void parse_shouldTellTheValueMatrixMacroFromTheActivityMacro_andOverrideEachWithItsOwnParameters() {
        List<MacroMarkup.Block> blocks = MacroMarkup.parse("{value-matrix:team=eng|mode=full}\n\n{cross-team-activity:max=5}");

        assertThat(blocks).extracting(MacroMarkup.Block::name).containsExactly("value-matrix", "cross-team-activity");
        assertThat(blocks.get(0).parameters()).containsEntry("team", "eng").containsEntry("mode", "full");
        List<MacroMarkup.Block> overridden = MacroMarkup.withOverrides(blocks, "value-matrix", Map.of("period", "week"));
        assertThat(overridden.get(0).parameters()).containsEntry("period", "week").containsEntry("team", "eng");
        assertThat(overridden.get(1).parameters()).isEqualTo(Map.of("max", "5"));
        assertThat(MacroMarkup.macro("value-matrix", Map.of("team", "eng"))).isEqualTo("{value-matrix:team=eng}");
    }
}
