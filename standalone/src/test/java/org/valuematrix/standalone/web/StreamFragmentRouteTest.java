package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.Events;
import org.valuematrix.standalone.support.TestHost;

/**
 * Over HTTP, the stream fragment that "Load more" and "N new entries" ask for: the same route as
 * in the products, answering exactly the entries the stream's REST answers the same viewer
 * (permission-trimmed by the same call), escaped, under the context path, 401 without a Basic
 * challenge for a page's script, 400 for a cursor the server never issued.
 */
class StreamFragmentRouteTest {
    private static final String FRAGMENT = "/plugins/servlet/value-matrix/stream-fragment";
    private static final String STREAM = "/rest/value-matrix/1.0/stream";
    private static final String GLOBEX_TITLE = "Globex renewal <b>terms</b> " + System.nanoTime();
    private static final Pattern IDS = Pattern.compile("<li class=\"vm-item[^\"]*\" data-id=\"\\d+\" data-ids=\"([0-9 ]+)\"");
    private static final Pattern CURSOR = Pattern.compile("<section [^>]*data-cursor=\"([^\"]*)\"");
    private static Api api;

    /** A Globex person's entry in Globex's space, which carla (Acme) may not view. */
    @BeforeAll
    static void globexEntry() {
        api = TestHost.shared().api();
        DemoUsers users = new DemoUsers(api);
        String globex = users.memberOf("customer-globex");
        String support = users.memberOf("support");
        Api.Reply r = api.post(STREAM.replace("/stream", "/events"), "admin", "application/json",
                Api.json(List.of(Events.event("fragment-" + System.nanoTime(), Instant.now().toString(),
                        users.key(globex), "commented", "GLOBEX", "confluence", users.key(support), GLOBEX_TITLE))));
        assertThat(r.json().get("stored").asInt()).as(r.body()).isEqualTo(1);
    }

    @Test
    void anonymousScriptRequest_shouldBe401WithoutABasicChallenge() {
        Api.Reply r = api.send(api.request(FRAGMENT + "?mode=full&limit=5", null)
                .header("X-Requested-With", "XMLHttpRequest").GET());

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).as("no password dialog").isNull();
        assertThat(r.body()).doesNotContain("vm-item");
    }

    @Test
    void badCursor_shouldBe400AsTheRestAnswersIt() {
        Api.Reply fragment = api.get(FRAGMENT + "?mode=full&cursor=not-a-cursor", "alice");
        Api.Reply rest = api.get(STREAM + "?cursor=not-a-cursor", "alice");

        assertThat(rest.status()).isEqualTo(400);
        assertThat(fragment.status()).as(fragment.body()).isEqualTo(400);
        assertThat(fragment.body()).contains("cursor").doesNotContain("vm-item");
    }

    @Test
    void customer_shouldGetExactlyTheEntriesTheRestGivesThemPageByPage() {
        String cursor = "";
        for (int page = 0; page < 3; page++) {
            String query = "?limit=7" + (cursor.isEmpty() ? "" : "&cursor=" + Api.encode(cursor));
            Api.Reply fragment = api.get(FRAGMENT + query + "&mode=full", "carla");
            Api.Reply rest = api.get(STREAM + query, "carla");
            assertThat(fragment.status()).as(fragment.body()).isEqualTo(200);

            assertThat(ids(fragment.body())).as("page " + page).isEqualTo(ids(rest.json()));
            assertThat(fragment.body()).doesNotContain("Globex renewal").doesNotContain("GLOBEX");
            Matcher next = CURSOR.matcher(fragment.body());
            assertThat(next.find()).isTrue();
            JsonNode restNext = rest.json().get("nextCursor");
            assertThat(next.group(1)).isEqualTo(restNext == null || restNext.isNull() ? "" : restNext.asText());
            cursor = next.group(1);
            if (cursor.isEmpty()) {
                break;
            }
        }
    }

    @Test
    void staff_shouldSeeTheEntryEscapedWithLinksUnderTheContextPath() {
        Api.Reply r = api.get(FRAGMENT + "?mode=full&limit=50&container=GLOBEX", "bob");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Globex renewal &lt;b&gt;terms&lt;/b&gt;").doesNotContain("<b>terms");
        assertThat(r.body()).contains("data-fragment=\"" + TestHost.CONTEXT_PATH + FRAGMENT + "?mode=full&amp;limit=50")
                .contains("href=\"" + TestHost.CONTEXT_PATH + "/display/GLOBEX/");
        assertThat(r.body()).contains("<li class=\"vm-day\" data-day=\"").contains("<time class=\"vm-when\" datetime=\"");
    }

    /** Every event id of the fragment's entries, a rolled-up entry's each, newest first. */
    private static List<Long> ids(String html) {
        List<Long> out = new ArrayList<>();
        Matcher m = IDS.matcher(html);
        while (m.find()) {
            for (String id : m.group(1).split(" ")) {
                out.add(Long.parseLong(id));
            }
        }
        return out;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("id").asLong()));
        return out;
    }
}
