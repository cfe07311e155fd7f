package org.valuematrix.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.TestHost;

/** A second start on the same database keeps everything and loads nothing again. */
class RestartTest {

    @Test
    void start_onALoadedDatabase_shouldKeepItsDataAndNotReloadTheDemo() {
        TestHost first = TestHost.start(300);
        Path dir = first.dataDir();
        String exported = first.api().get("/rest/value-matrix/1.0/events/export", "admin").body();
        first.stop();

        try (TestHost second = TestHost.start(StandaloneOptions.defaults().withDemoEvents(300), dir)) {
            assertThat(first.host().demo()).isPresent();
            assertThat(second.host().demo()).isEmpty();
            assertThat(second.host().demoState()).isEqualTo("loaded");
            assertThat(second.console()).doesNotContain("Loading the demo organisation");
            assertThat(second.api().get("/rest/value-matrix/1.0/events/export", "admin").body()).isEqualTo(exported);
            assertThat(second.api().get("/rest/value-matrix/1.0/stream?limit=1", "carla").status()).isEqualTo(200);
            assertThat(Banner.of(StandaloneOptions.defaults(), second.host())).contains(second.host().baseUrl())
                    .contains("admin").contains("Data:");
        }
    }
}
