package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectTest {
    private static final String BASE = "https://wiki.example.com/confluence";
    private final SiteAddress site = new SiteAddress("/confluence", BASE);

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", "",
            "evil", "/\r\nSet-Cookie: x=1", "https://wiki.example.com/confluence@evil.example/",
            "https://wiki.example.com/confluenceevil", "https://wiki.example.com/other", "http://wiki.example.com/confluence/",
            "https://wiki.example.com/confluence/\tx"})
    void target_offSite_shouldGoHome(String next) {
        assertThat(SafeRedirect.target(next, site)).isEqualTo(BASE + "/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/spaces", "/display/ENG/Activity?scope=across&max=5", "/plugins/servlet/value-matrix/activity"})
    void target_path_shouldBeTakenInsideTheContext(String next) {
        assertThat(SafeRedirect.target(next, site)).isEqualTo(BASE + next);
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, BASE + "/", BASE + "/display/ENG/Activity?scope=across&max=5"})
    void target_absoluteUnderTheBaseUrl_shouldBeKept(String next) {
        assertThat(SafeRedirect.target(next, site)).isEqualTo(next);
    }
}
