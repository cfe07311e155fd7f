package org.valuematrix.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One rule for link targets: what it accepts is, as a browser reads it, a path on this site or
 * an http(s) address, and it means what the browser would read.
 */
class LinksTest {
    /** Pieces that browsers treat specially, and pieces of schemes and hosts. */
    private static final List<String> PIECES = List.of("/", "\\", "\t", "\n", "\r", " ", "\u0000", "\u001f", "\u000b",
            ":", "//", "javascript", "JaVaScRiPt", "http", "HTTP", "https", "data", "mailto", "ws", "file", "evil.example",
            "site.example", "a", "@", "?", "#", ".", "..", "1", "256", "0x7f", "%2f", "%5c", "%09", "%", ":80", ":99999",
            "\u00a0", "\ufeff", "ä", "alert(1)", "_", "-", "[", "]");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/pages/1                        | /pages/1",
        "'  /pages/1 \n'                  | /pages/1",
        "'/pa\tges/\n1'                   | /pages/1",
        "/a\\b?c\\d#e\\f                  | /a/b?c\\d#e\\f",
        "/                               | /",
        "/./evil.example                 | /./evil.example",
        "https://example.com/a?b=1&c=2   | https://example.com/a?b=1&c=2",
        "HTTP://Example.COM              | http://Example.COM",
        "'http:\\\\evil.example\\x?y\\z'   | http://evil.example/x?y\\z",
        "'\u0000 https://example.com\u001f' | https://example.com",
        "http://1.2.3.4:8080/x           | http://1.2.3.4:8080/x",
        "http://site.example.:65535      | http://site.example.:65535",
    })
    void target_pathOrHttp_shouldBeWhatTheBrowserReads(String url, String expected) {
        assertThat(Links.target(url)).contains(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "/\t/evil.example", "/\n/evil.example", "//evil.example", "/\\evil.example",
        "\\\\evil.example", "\\/evil.example", " //evil.example", "javascript:alert(1)", "java\tscript:alert(1)",
        "\u0001javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>x</script>", "vbscript:x",
        "mailto:a@b.example", "evil.example/x", "pages/1", "?q", "#top", "http:evil.example", "https:/evil.example",
        "http:///evil.example", "http://", "http://user:pw@evil.example/", "http://site.example@evil.example/",
        "http://999.1.1.1/", "http://a.1/", "http://0x7f/", "http://[::1]/", "http://exa mple.com/",
        "http://%65vil.example/", "http://evil.example:99999/", "http://evil.example:x/", "https://bücher.example/",
        "ftp://evil.example/", "ws://evil.example/"})
    void target_anythingElse_shouldBeNoLink(String url) {
        assertThat(Links.target(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/x, /wiki/x", "https://e.example/x, https://e.example/x"})
    void under_shouldPutSitePathsAfterThePrefixOnly(String url, String expected) {
        assertThat(Links.under("/wiki", url)).contains(expected);
    }

    @Provide
    Arbitrary<String> hrefs() {
        return Arbitraries.of(PIECES).list().ofMaxSize(9).map(p -> String.join("", p));
    }

    @Property(tries = 20000)
    void accepted_shouldStayOnTheSiteOrBeHttp_asABrowserReadsIt(@ForAll("hrefs") String url) {
        Optional<String> target = Links.target(url);
        if (target.isEmpty()) {
            return;
        }
        BrowserUrlModel.Target read = BrowserUrlModel.resolve(url);
        if (target.get().startsWith("/")) {
            assertThat(read.staysOnSite()).as("%s read as %s", url, read).isTrue();
        } else {
            assertThat(read.isHttp()).as("%s read as %s", url, read).isTrue();
        }
        assertThat(BrowserUrlModel.resolve(target.get())).as("what is written means what was given").isEqualTo(read);
        assertThat(Links.target(target.get())).as("the rule is stable").contains(target.get());
    }

    @Property(tries = 2000)
    void accepted_shouldHaveNothingBrowsersDrop(@ForAll("hrefs") String url) {
        Links.target(url).ifPresent(t -> assertThat(t).doesNotContain("\t", "\n", "\r")
                .doesNotStartWith(" ").doesNotEndWith(" "));
    }

    @Property(tries = 2000)
    void siteAddress_underAContextPath_shouldStayOnTheSite(@ForAll("hrefs") String url) {
        Links.under("/wiki", url).filter(a -> !a.startsWith("http")).ifPresent(a ->
                assertThat(BrowserUrlModel.resolve(a).staysOnSite()).as(a).isTrue());
    }
}
