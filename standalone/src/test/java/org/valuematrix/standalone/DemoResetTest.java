package org.valuematrix.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.TestHost;

/** {@code --reset-demo} starts from an empty database: what was added is gone, the demo loads again. */
class DemoResetTest {

    @Test
    void resetDemo_shouldDropWhatWasAdded_andLoadTheDemoAgain() {
        TestHost first = TestHost.start(300);
        Path dir = first.dataDir();
        String page = "{\"title\":\"Added before the reset\",\"body\":\"Gone after it.\"}";
        assertThat(first.api().post("/rest/standalone/1.0/containers/ENG/content", "alice", "application/json", page).status())
                .isEqualTo(201);
        first.stop();

        try (TestHost second = TestHost.start(StandaloneOptions.defaults().withDemoEvents(300).withResetDemo(), dir)) {
            assertThat(second.host().demo()).as("the demo loaded again").isPresent();
            assertThat(second.console()).contains("Demo reset").contains("Loading the demo organisation");
            assertThat(second.api().get("/rest/value-matrix/1.0/stream?limit=100", "alice").body())
                    .contains("\"items\"").doesNotContain("Added before the reset");
        }
    }

    @Test
    void parse_shouldTakeTheFlagWithoutAValue() {
        StandaloneOptions options = StandaloneOptions.parse("--reset-demo", "--port", "0");
        assertThat(options.resetDemo()).isTrue();
        assertThat(StandaloneOptions.parse("--port", "0").resetDemo()).isFalse();
    }

    @Test
    void resetDemo_onADatabaseGivenByUrl_shouldRefuse() {
        StandaloneOptions options = StandaloneOptions.defaults().withResetDemo()
                .withDatabase("jdbc:postgresql://localhost/none", "u", "p");
        assertThatThrownBy(() -> DemoReset.deleteH2(options.database(), Path.of("."), System.out))
                .hasMessageContaining("--db-url");
    }
}
