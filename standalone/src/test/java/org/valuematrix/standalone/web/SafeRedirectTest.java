package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", "",
            "evil", "/\r\nSet-Cookie: x=1"})
    void target_offSite_shouldGoHome(String next) {
        assertThat(SafeRedirect.target(next)).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/spaces", "/display/ENG/Activity?scope=across&max=5", "/plugins/servlet/value-matrix/activity"})
    void target_onSite_shouldBeKept(String next) {
        assertThat(SafeRedirect.target(next)).isEqualTo(next);
    }
}
