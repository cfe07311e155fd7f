package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.valuematrix.Settings;
import org.valuematrix.standalone.support.TestHost;

/**
 * The stream's badges and times explain themselves, in Chromium at 1440 and 390 px: each scope
 * badge and "New tie" says what it means (in a tooltip and in the legend), an entry without a
 * second person shows "Participation", every relative time carries its exact date and time in
 * the viewer's zone, entries sit under Today / Yesterday / date headings of the viewer's days
 * (each heading marked with its ISO date), date filters take the viewer's days, and the Scope
 * select shows its longest choice whole. carla reads times in New York's zone, alice in the
 * host's (UTC).
 */
class StreamBadgesBrowserTest {
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    private static final ZoneId HOST = Settings.defaults().zone();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static Chromium browser;

    @BeforeAll
    static void start() {
        browser = Chromium.start(TestHost.shared().host().baseUrl());
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void atDesktopWidth_badgesExplainThemselves_andTheLegendNamesEachOne() {
        browser.loggedIn("alice", 1440);
        browser.open(ACTIVITY + "?limit=100");
        WebElement stream = browser.stream("main");

        Map<String, String> hints = Map.of(
                "vm-lozenge-within", "Within team: both people share their home team",
                "vm-lozenge-across", "Across teams: people from two internal teams",
                "vm-lozenge-external", "With customers & partners: a customer or partner took part",
                "vm-lozenge-new", "New tie: the first interaction of these two people in "
                        + Settings.defaults().noveltyWindow().toDays() + " days");
        for (Map.Entry<String, String> hint : hints.entrySet()) {
            List<WebElement> badges = stream.findElements(By.cssSelector("li.vm-item ." + hint.getKey()));
            assertThat(badges).as(hint.getKey()).isNotEmpty()
                    .allSatisfy(b -> assertThat(b.getAttribute("title")).isEqualTo(hint.getValue()))
                    .allSatisfy(b -> assertThat(b.getAttribute("class")).contains("aui-lozenge"));
        }
        for (WebElement item : stream.findElements(By.cssSelector("li.vm-item"))) {
            boolean alone = item.findElements(By.cssSelector(".vm-item-line .vm-counterpart")).isEmpty();
            if (alone) {
                assertThat(item.findElement(By.cssSelector(".vm-lozenge-participation")).getText())
                        .isEqualToIgnoringCase("Participation");
            } else {
                assertThat(item.findElements(By.cssSelector(".vm-lozenge-participation"))).isEmpty();
            }
        }
        assertThat(stream.findElements(By.cssSelector(".vm-lozenge-participation")))
                .as("the demo has entries of one person alone").isNotEmpty();

        WebElement legend = stream.findElement(By.cssSelector("details.vm-legend"));
        legend.findElement(By.tagName("summary")).click();
        String legendText = legend.getText();
        assertThat(legendText).contains(hints.values()).contains("Participation: one person acted alone");
        assertScopeSelectShowsEveryChoiceWhole();
        browser.assertAccessible("activity page, legend open, 1440 px");
        browser.screenshot("stream-badges-1440");
    }

    @Test
    void timesAndDays_areTheViewersOwn_inTheHostsZone() {
        browser.loggedIn("alice", 1440);
        browser.open(ACTIVITY + "?limit=100");
        assertDaysAndTimes(HOST, "Coordinated Universal Time");
    }

    @Test
    void timesDaysAndDateFilters_areTheViewersOwn_inTheirZone_atPhoneWidth() {
        browser.loggedIn("carla", 390);
        try {
            browser.open(ACTIVITY + "?limit=100");
            List<String> days = assertDaysAndTimes(NEW_YORK, "Eastern");
            assertScopeSelectShowsEveryChoiceWhole();
            browser.assertAccessible("activity page as carla, 390 px");
            browser.screenshot("stream-days-390");

            String day = days.get(days.size() > 1 ? 1 : 0);
            browser.open(ACTIVITY + "?limit=100&since=" + day + "&until=" + day);
            List<Map<String, String>> entries = entries();
            assertThat(entries).as("entries of %s", day).isNotEmpty();
            for (Map<String, String> e : entries) {
                assertThat(LocalDate.ofInstant(Instant.parse(e.get("datetime")), NEW_YORK).toString())
                        .as("an entry filtered to %s, at %s, falls on carla's %s", day, e.get("datetime"), day)
                        .isEqualTo(day);
            }
            assertThat(browser.driver().findElements(By.cssSelector("li.vm-day"))).hasSize(1)
                    .allSatisfy(h -> assertThat(h.getAttribute("data-day")).isEqualTo(day));
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Test
    void daysAndTimesOfLoadedEntries_areAsTheFirstPages_atDesktopWidth() {
        browser.loggedIn("alice", 1440);
        browser.open(ACTIVITY + "?limit=4");
        assertThat(browser.loadMore(browser.stream("main"), 4)).isEqualTo(4);
        assertDaysAndTimes(HOST, "Coordinated Universal Time");
        browser.assertAccessible("activity page after loading more, 1440 px");
    }

    @Test
    void daysAndTimesOfLoadedEntries_areTheViewersOwn_atPhoneWidth() {
        browser.loggedIn("carla", 390);
        try {
            browser.open(ACTIVITY + "?limit=4");
            assertThat(browser.loadMore(browser.stream("main"), 4)).isEqualTo(4);
            assertDaysAndTimes(NEW_YORK, "Eastern");
            browser.assertAccessible("activity page as carla after loading more, 390 px");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    /**
     * @return the days shown, in order: each a heading with its ISO date, the entries under it on
     *     that day in {@code zone}, newest day first, Today and Yesterday named
     */
    private static List<String> assertDaysAndTimes(ZoneId zone, String zoneName) {
        List<Map<String, String>> rows = rows();
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).get("kind")).as("the list starts with a day heading").isEqualTo("day");
        LocalDate today = LocalDate.now(zone);
        String day = null;
        List<String> days = new java.util.ArrayList<>();
        for (Map<String, String> row : rows) {
            if ("day".equals(row.get("kind"))) {
                String date = row.get("day");
                assertThat(day == null || date.compareTo(day) < 0).as("day %s follows %s", date, day).isTrue();
                day = date;
                days.add(date);
                LocalDate d = LocalDate.parse(date);
                String expected = d.equals(today) ? "Today" : d.equals(today.minusDays(1)) ? "Yesterday" : null;
                if (expected != null) {
                    assertThat(row.get("text")).isEqualTo(expected);
                } else {
                    assertThat(row.get("text")).contains(String.valueOf(d.getYear()))
                            .containsIgnoringCase(d.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                                    java.util.Locale.ENGLISH));
                }
            } else {
                Instant at = Instant.parse(row.get("datetime"));
                assertThat(LocalDate.ofInstant(at, zone).toString()).as("entry at %s under %s", at, day)
                        .isEqualTo(day);
                assertThat(row.get("title")).as("the exact time of %s", at)
                        .contains(String.valueOf(at.atZone(zone).getYear())).contains(zoneName)
                        .containsPattern("\\d{1,2}:\\d{2}");
                String minute = String.format("%d:%02d", at.atZone(zone).getHour() % 12 == 0 ? 12
                        : at.atZone(zone).getHour() % 12, at.atZone(zone).getMinute());
                String minute24 = String.format("%02d:%02d", at.atZone(zone).getHour(), at.atZone(zone).getMinute());
                assertThat(row.get("title")).as("the exact time of %s in %s", at, zone)
                        .containsAnyOf(minute + " ", minute + "\u202f", minute24);
            }
        }
        return days;
    }

    /** @return the stream's list in order: day headings and entries */
    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> rows() {
        return (List<Map<String, String>>) browser.js("var s = document.querySelector('main .vm-stream');"
                + "return Array.prototype.map.call(s.querySelectorAll('.vm-stream-items > li'), function (li) {"
                + "  if (li.classList.contains('vm-day')) { return {kind: 'day', day: li.getAttribute('data-day'),"
                + "    text: li.querySelector('h3').textContent.trim()}; }"
                + "  var t = li.querySelector('time');"
                + "  return {kind: 'item', datetime: t.getAttribute('datetime'), title: t.getAttribute('title')}; });");
    }

    private static List<Map<String, String>> entries() {
        return rows().stream().filter(r -> "item".equals(r.get("kind"))).toList();
    }

    /** Each choice of the Scope select, set in the select's font, fits inside it beside the arrow (in its right padding). */
    private static void assertScopeSelectShowsEveryChoiceWhole() {
        WebElement select = browser.driver().findElement(By.cssSelector("form.vm-filters select[name=scope]"));
        Number room = (Number) browser.js("var s = arguments[0], st = getComputedStyle(s), c = document.createElement('canvas')"
                + ".getContext('2d'); c.font = st.fontWeight + ' ' + st.fontSize + ' ' + st.fontFamily; var widest = 0;"
                + "Array.prototype.forEach.call(s.options, function (o) { widest = Math.max(widest, c.measureText(o.text).width); });"
                + "return s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - widest;", select);
        assertThat(room.doubleValue()).as("pixels to spare beside the Scope select's longest choice").isGreaterThanOrEqualTo(0);
    }


}
