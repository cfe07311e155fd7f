package org.valuematrix.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Bundle patterns filled with parts: the pattern orders them, and parts are never read as patterns. */
class PatternsTest {

    @Test
    void fill_shouldPutEachPartWhereThePatternSays() {
        assertThat(Patterns.fill("{0} replied to {2} on {1}", UnaryOperator.identity(), "Ann", "Plan", "Bob"))
                .isEqualTo("Ann replied to Bob on Plan");
    }

    @Test
    void fill_partsThatLookLikePatterns_shouldStayAsTheyAre() {
        assertThat(Patterns.fill("{0} on {1}", UnaryOperator.identity(), "{1}", "it's {0}"))
                .isEqualTo("{1} on it's {0}");
    }

    @Test
    void fill_shouldApplyTheWordsFunctionToThePatternOnly() {
        assertThat(Patterns.fill("a {0} b", String::toUpperCase, "x")).isEqualTo("A x B");
    }
}
