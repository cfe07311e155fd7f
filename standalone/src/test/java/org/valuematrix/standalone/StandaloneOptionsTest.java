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
        assertThat(target.contextPath()).isEmpty();
        assertThat(target.baseUrl()).as("the bound address, known once listening").isEmpty();
    }

    @Test
    void parse_contextPathAndBaseUrl_shouldBeNormalised() {
        StandaloneOptions both = StandaloneOptions.parse("--context-path", "/confluence/",
                "--base-url=https://wiki.example.com/confluence/");
        StandaloneOptions fromBaseUrl = StandaloneOptions.parse("--base-url", "https://wiki.example.com:8443/jira");
        StandaloneOptions root = StandaloneOptions.parse("--context-path", "/", "--base-url", "http://vm.example.com/");

        assertThat(both.contextPath()).isEqualTo("/confluence");
        assertThat(both.baseUrl()).contains("https://wiki.example.com/confluence");
        assertThat(fromBaseUrl.contextPath()).as("the base URL's path").isEqualTo("/jira");
        assertThat(root.contextPath()).isEmpty();
        assertThat(root.baseUrl()).contains("http://vm.example.com");
        assertThat(StandaloneOptions.parse("--context-path", "/wiki").baseUrl()).isEmpty();
    }

    @Test
    void parse_badContextPathOrBaseUrl_shouldSayWhatIsWrong() {
        for (String path : new String[] {"confluence", "/a//b", "/../etc", "/a b", "/%2e%2e", "/a?x=1"}) {
            assertThatThrownBy(() -> StandaloneOptions.parse("--context-path", path)).as(path)
                    .hasMessageContaining("--context-path");
        }
        for (String url : new String[] {"wiki.example.com", "ftp://wiki.example.com", "https://wiki.example.com/?x=1",
                "https://user@wiki.example.com", "https://wiki.example.com/a#b", "https:///confluence", "http://[bad"}) {
            assertThatThrownBy(() -> StandaloneOptions.parse("--base-url", url)).as(url)
                    .hasMessageContaining("--base-url");
        }
        assertThatThrownBy(() -> StandaloneOptions.parse("--context-path", "/confluence", "--base-url",
                "https://wiki.example.com/wiki")).hasMessageContaining("--base-url").hasMessageContaining("/confluence");
        assertThatThrownBy(() -> StandaloneOptions.parse("--context-path", "/confluence", "--base-url",
                "https://wiki.example.com")).hasMessageContaining("context path");
    }

    @Test
    void usage_shouldDocumentEveryOption() {
        assertThat(StandaloneOptions.usage()).contains("--port", "--bind", "--context-path", "--base-url", "--data-dir",
                "--db-url", "--db-user", "--db-password", "--demo-password", "--demo-events", "--rest", "--help");
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
