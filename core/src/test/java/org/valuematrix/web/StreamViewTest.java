package org.valuematrix.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.valuematrix.activity.Verb;
import org.valuematrix.testing.BundleMessages;

/** Small presentation rules of the stream: initials for avatars, relative times, each verb's words. */
class StreamViewTest {
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource({"Ann Archer, AA", "ann, A", "'  zoë   du   pont  ', ZD", "'', ?", "'   ', ?", "Élodie Marie Durand, ÉM",
        "'<b> x', <X"})
    void initials_shouldBeTheFirstLettersOfTheFirstTwoWords(String name, String initials) {
        assertThat(StreamView.initials(name)).isEqualTo(initials);
    }

    @ParameterizedTest(name = "{0} s ago → {1}")
    @CsvSource({"0, just now", "59, just now", "60, 1 min ago", "3599, 59 min ago", "3600, 1 h ago", "86399, 23 h ago",
        "86400, 1 d ago", "3887999, 44 d ago", "3888000, 1 mo ago", "31535999, 12 mo ago", "31536000, 1 y ago",
        "-30, just now"})
    void relativeTime_shouldUseTheLargestSensibleUnit(long secondsAgo, String text) {
        assertThat(RelativeTime.of(NOW.minus(Duration.ofSeconds(secondsAgo)), NOW, new BundleMessages())).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Verb.class)
    void everyVerb_shouldHaveASentenceWithAndWithoutACounterpart_andAFilterLabel(Verb verb) {
        Map<String, String> texts = new BundleMessages().all();
        String with = texts.get("vm.line." + verb.wire());
        String alone = texts.get("vm.line." + verb.wire() + ".alone");

        assertThat(with).as("with a counterpart").contains("{0}", "{1}", "{2}");
        assertThat(alone).as("alone").contains("{0}", "{1}").doesNotContain("{2}");
        assertThat(texts.get("vm.action." + verb.wire())).as("filter label").isNotBlank();
        assertThat(StreamView.scriptTexts(texts))
                .as("the script renders 'load more' with the same sentences")
                .containsEntry("vm.line." + verb.wire(), with).containsEntry("vm.line." + verb.wire() + ".alone", alone);
    }
}
