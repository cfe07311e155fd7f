package org.valuematrix.activity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A tie is the unordered pair (actor, counterpart). */
class TieKeyTest {

    @Property(tries = 200)
    void tieKey_shouldBeTheSameEitherWayRound(@ForAll @StringLength(min = 1, max = 40) String a,
            @ForAll @StringLength(min = 1, max = 40) String b) {
        assertThat(TieKey.of(a, b)).isEqualTo(TieKey.of(b, a)).matches("[0-9a-f]{40}");
    }

    @Property(tries = 200)
    void tieKey_differentPairs_shouldHaveDifferentKeys(@ForAll("userKey") String a, @ForAll("userKey") String b,
            @ForAll("userKey") String c) {
        Assume.that(!b.equals(c));

        assertThat(TieKey.of(a, b)).isNotEqualTo(TieKey.of(a, c));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> userKey() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("-_.@")
                .ofMinLength(1).ofMaxLength(12);
    }

    @Test
    void tieKey_shouldNotMistakeOneSplitForAnother() {
        assertThat(TieKey.of("ab", "c")).isNotEqualTo(TieKey.of("a", "bc"));
    }
}
