package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.ForgedHostHttp;
import org.valuematrix.standalone.support.TestHost;

/**
 * Whoever sends a request chooses its {@code Host} header. Absolute links (Atom, Activity
 * Streams 2.0, {@code Location} headers, the login return address) name the site's base URL
 * all the same, on the host under a context path and on the one at the root.
 */
class ForgedHostTest {
    private static final String FORGED = "evil.example";
    private static final String STREAM = "/rest/value-matrix/1.0/stream";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    /** The shared hosts, which outlive each test. */
    static Stream<TestHost> hosts() {
        return Stream.of(TestHost.shared(), TestHost.sharedRestV2());
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("hosts")
    void atomFeed_shouldLinkUnderTheBaseUrl(TestHost host) {
        String base = host.host().baseUrl();
        ForgedHostHttp.Response atom = new ForgedHostHttp(base, FORGED).get(STREAM + ".atom?limit=3", "alice", "application/atom+xml");

        assertThat(atom.status()).isEqualTo(200);
        List<String> hrefs = new ArrayList<>();
        Matcher m = HREF.matcher(atom.body());
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        assertThat(hrefs).as("self, next and two per entry").hasSize(8)
                .allSatisfy(href -> assertThat(href).startsWith(base + "/"));
        assertThat(atom.body()).doesNotContain(FORGED);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("hosts")
    void activityStreams_shouldLinkUnderTheBaseUrl(TestHost host) {
        String base = host.host().baseUrl();
        ForgedHostHttp.Response as2 = new ForgedHostHttp(base, FORGED).get(STREAM + "?limit=3", "alice", "application/activity+json");

        assertThat(as2.status()).isEqualTo(200);
        JsonNode doc = Api.parse(as2.body());
        List<String> links = new ArrayList<>(List.of(doc.get("id").asText(), doc.get("next").asText()));
        for (JsonNode a : doc.get("orderedItems")) {
            links.add(a.get("object").get("url").asText());
            links.add(a.get("target").get("id").asText());
        }
        assertThat(links).hasSize(8).allSatisfy(link -> assertThat(link).startsWith(base + "/"));
        assertThat(as2.body()).doesNotContain(FORGED);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("hosts")
    void loginRedirectAndReturn_shouldNameTheBaseUrl(TestHost host) {
        String base = host.host().baseUrl();
        ForgedHostHttp http = new ForgedHostHttp(base, FORGED);
        String page = "/display/ENG/Activity?scope=across";

        ForgedHostHttp.Response anonymous = http.get(page, Map.of());
        ForgedHostHttp.Response activity = http.get("/plugins/servlet/value-matrix/activity", Map.of());

        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).isEqualTo(base + "/login?next=" + Api.encode(base + page));
        assertThat(activity.header("Location")).startsWith(base + "/login?next=" + Api.encode(base + "/plugins"));
        String next = URLDecoder.decode(anonymous.header("Location").split("next=", 2)[1], StandardCharsets.UTF_8);

        ForgedHostHttp.Response form = http.get("/login?next=" + Api.encode(next), Map.of());
        assertThat(form.body()).doesNotContain(FORGED);
        String token = Jsoup.parse(form.body()).selectFirst("input[name=atl_token]").attr("value");
        ForgedHostHttp.Response login = http.postForm("/login", Map.of("os_username", "bob", "os_password", Api.PASSWORD,
                "atl_token", token, "next", next));

        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).isEqualTo(base + page);
        ForgedHostHttp.Response shown = http.get(page, Map.of());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain(FORGED);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("hosts")
    void everyRedirect_shouldNameTheBaseUrl(TestHost host) {
        String base = host.host().baseUrl();
        ForgedHostHttp http = new ForgedHostHttp(base, FORGED);
        assertThat(http.get("/", Map.of()).header("Location")).isEqualTo(base + "/spaces");
        String token = Jsoup.parse(http.get("/login", Map.of()).body()).selectFirst("input[name=atl_token]").attr("value");
        assertThat(http.postForm("/login", Map.of("os_username", "bob", "os_password", Api.PASSWORD, "atl_token", token))
                .header("Location")).isEqualTo(base + "/");

        ForgedHostHttp.Response page = http.get("/display/ENG/Activity", Map.of());
        String pageToken = Jsoup.parse(page.body()).selectFirst("form.vm-comment-form input[name=atl_token]").attr("value");
        ForgedHostHttp.Response comment = http.postForm("/display/ENG/Activity", Map.of("atl_token", pageToken,
                "body", "Seen from a forged host"));
        ForgedHostHttp.Response created = http.postForm("/display/ENG", Map.of("atl_token", pageToken,
                "title", "Forged host " + System.nanoTime(), "body", "x"));
        ForgedHostHttp.Response logout = http.postForm("/logout", Map.of("atl_token", pageToken));

        assertThat(comment.status()).isEqualTo(303);
        assertThat(comment.header("Location")).startsWith(base + "/display/ENG/Activity#comment-");
        assertThat(created.status()).isEqualTo(303);
        assertThat(created.header("Location")).startsWith(base + "/display/ENG/Forged+host+");
        assertThat(logout.header("Location")).isEqualTo(base + "/login");
        host.flushCapture();
    }
}
