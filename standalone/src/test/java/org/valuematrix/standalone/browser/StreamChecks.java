package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebElement;

/** What every stream shows, whatever the filter: each item once, newest first. */
final class StreamChecks {
    private StreamChecks() {
    }

    static void assertOnceEachNewestFirst(List<Chromium.Item> items) {
        Set<String> seen = new HashSet<>();
        for (Chromium.Item item : items) {
            assertThat(item.id).as("data-id of %s", item).isNotBlank();
            assertThat(seen.add(item.id)).as("item %s shown twice", item.id).isTrue();
            assertThat(item.when).as("time[datetime] of %s", item).isNotNull();
        }
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).when).as("item %d (%s) is not newer than item %d (%s)", i, items.get(i), i - 1,
                    items.get(i - 1)).isBeforeOrEqualTo(items.get(i - 1).when);
        }
    }

    /**
     * The list as the server renders a page, entries "Load more" or "N new entries" added
     * included: it starts with a day heading, each day is headed once (newest first) and only over
     * entries, and each entry has its content type's icon, its exact time in {@code time[title]},
     * the ids it stands for and its actor's name linking to their stream.
     */
    @SuppressWarnings("unchecked")
    static void assertRenderedAsTheFirstPage(Chromium browser, WebElement section) {
        List<java.util.Map<String, Object>> rows = (List<java.util.Map<String, Object>>) browser.js(
                "return Array.prototype.map.call(arguments[0].querySelectorAll('.vm-stream-items > li'), function (li) {"
                + "  var t = li.querySelector('time.vm-when'), a = li.querySelector('a.vm-actor');"
                + "  return {day: li.getAttribute('data-day') || '', heading: !!li.querySelector('h3.vm-day-heading'),"
                + "    icon: li.querySelectorAll('.vm-type-icon[aria-label]').length, ids: li.getAttribute('data-ids') || '',"
                + "    title: t ? t.getAttribute('title') || '' : '', actor: a ? a.getAttribute('href') : '',"
                + "    id: li.getAttribute('data-id') || ''}; });", section);
        assertThat(rows).isNotEmpty();
        assertThat((String) rows.get(0).get("day")).as("the list starts with a day heading").isNotEmpty();
        String day = null;
        for (int i = 0; i < rows.size(); i++) {
            java.util.Map<String, Object> row = rows.get(i);
            String date = (String) row.get("day");
            if (!date.isEmpty()) {
                assertThat(row.get("heading")).isEqualTo(true);
                assertThat(day == null || date.compareTo(day) < 0).as("day %s after %s: a day headed once", date, day)
                        .isTrue();
                assertThat(i + 1 < rows.size() && ((String) rows.get(i + 1).get("day")).isEmpty())
                        .as("the heading of %s stands over entries", date).isTrue();
                day = date;
            } else {
                String id = (String) row.get("id");
                assertThat(row.get("icon")).as("icon of entry %s", id).isEqualTo(1L);
                assertThat((String) row.get("title")).as("exact time of entry %s", id).isNotBlank();
                assertThat((String) row.get("ids")).as("ids of entry %s", id).contains(id);
                assertThat((String) row.get("actor")).as("actor link of entry %s", id).contains("?actor=");
            }
        }
    }

    /**
     * Each entry's links (what and where), as the browser resolves them, lie under the host's
     * base URL (its context path included, for entries the script added too), and open.
     */
    @SuppressWarnings("unchecked")
    static void assertLinksOpen(Chromium browser, WebElement section) {
        List<String> hrefs = (List<String>) browser.js("var out = [];"
                + "arguments[0].querySelectorAll('li.vm-item a.vm-object, li.vm-item .vm-where a')"
                + ".forEach(function (a) { out.push(a.href); }); return out;", section);
        assertThat(hrefs).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith(browser.base() + "/"));
        String last = hrefs.get(hrefs.size() - 1).replaceFirst("#.*$", "");
        assertThat(browser.statusOf(last.substring(browser.base().length()))).as(last).isEqualTo(200L);
    }
}
