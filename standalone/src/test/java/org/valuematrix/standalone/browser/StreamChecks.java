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
