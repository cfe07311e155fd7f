package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClasspathResourceServletTest {

    @ParameterizedTest
    @ValueSource(strings = {"/../i18n.properties", "/activity/../../x.js", "//etc/passwd.css", "/a\\b.js", "/x.class",
            "/org/valuematrix/i18n.properties", "/", "/noextension"})
    void type_ofUnsafeOrUnknownPath_shouldBeNull(String path) {
        assertThat(ClasspathResourceServlet.type(path)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/activity/activity.js", "/aui-prototyping.css", "/fonts/adgs-icons.woff"})
    void type_ofAsset_shouldBeKnown(String path) {
        assertThat(ClasspathResourceServlet.type(path)).isNotNull();
    }
}
