package org.valuematrix.standalone.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void of_shouldKeepLettersAndDigitsAndJoinTheRestWithPlus() {
        assertThat(Slugs.of("Release 4.2 checklist")).isEqualTo("Release+4+2+checklist");
        assertThat(Slugs.of("  Q3 plan: pricing  ")).isEqualTo("Q3+plan+pricing");
        assertThat(Slugs.of("<script>alert(1)</script>")).isEqualTo("script+alert+1+script");
        assertThat(Slugs.of("…")).isEqualTo("page");
        assertThat(Slugs.of("..")).isEqualTo("page");
        assertThat(Slugs.of("x".repeat(500))).hasSize(120);
    }
}
