package org.valuematrix.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.web.RestGeneration;

class StandaloneOptionsTest {

    @Test
    void parse_withNothing_shouldUseTheDocumentedDefaults() {
        StandaloneOptions target = StandaloneOptions.parse();

        assertThat(target.port()).isEqualTo(1990);
        assertThat(target.bind()).isEqualTo("127.0.0.1");
        assertThat(target.dataDir()).isEqualTo(Path.of("vm-data"));
        assertThat(target.demoPassword()).isEqualTo("demo");
        assertThat(target.demoEvents()).isEqualTo(200_000);
        assertThat(target.database().url()).startsWith("jdbc:h2:file:").contains("vm-data");
        assertThat(target.database().schema()).isEqualTo("PUBLIC");
        assertThat(target.rest()).as("as Confluence 8.5 and Jira 9.12").isEqualTo(RestGeneration.V1);
    }

    @Test
    void parse_rest_shouldChooseTheGeneration() {
        assertThat(StandaloneOptions.parse("--rest", "v2").rest()).isEqualTo(RestGeneration.V2);
        assertThat(StandaloneOptions.parse("--rest=V1").rest()).isEqualTo(RestGeneration.V1);
        assertThatThrownBy(() -> StandaloneOptions.parse("--rest", "v3")).hasMessageContaining("--rest");
        assertThat(StandaloneOptions.usage()).contains("--rest v1|v2");
    }

    @Test
    void parse_shouldReadBothSpellings() {
        StandaloneOptions target = StandaloneOptions.parse("--port", "8080", "--bind=0.0.0.0", "--demo-events", "5000",
                "--db-url", "jdbc:postgresql://db/vm", "--db-user=vm", "--db-password", "secret", "--demo-password", "pw");

        assertThat(target.port()).isEqualTo(8080);
        assertThat(target.bind()).isEqualTo("0.0.0.0");
        assertThat(target.demoEvents()).isEqualTo(5000);
        assertThat(target.demoPassword()).isEqualTo("pw");
        assertThat(target.database().url()).isEqualTo("jdbc:postgresql://db/vm");
        assertThat(target.database().user()).isEqualTo("vm");
        assertThat(target.database().schema()).isEqualTo("public");
        assertThat(target.database().describe()).isEqualTo("jdbc:postgresql://db/vm");
    }

    @Test
    void parse_withBadArguments_shouldSayWhatIsWrong() {
        assertThatThrownBy(() -> StandaloneOptions.parse("--port", "99999")).hasMessageContaining("--port");
        assertThatThrownBy(() -> StandaloneOptions.parse("--port")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> StandaloneOptions.parse("--colour", "red")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> StandaloneOptions.parse("serve")).hasMessageContaining("unknown argument");
        assertThatThrownBy(() -> StandaloneOptions.parse("--demo-password=")).hasMessageContaining("blank");
        assertThat(StandaloneOptions.parse("--help").help()).isTrue();
    }
}
