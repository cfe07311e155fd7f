package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * The Cross-team activity macro inside a space's pages, as Confluence shows it: its first page is
 * rendered with the page, "load more" pages on through the REST cursor, within the macro's own
 * parameters.
 */
class MacroBrowserTest {
    private static final String MACRO = "#main-content .conf-macro[data-macro-name=cross-team-activity]";
    private static Chromium browser;

    @BeforeAll
    static void start() {
        browser = Chromium.start(TestHost.shared().host().baseUrl());
        browser.logIn("alice", Api.PASSWORD);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void spaceHome_teamMacro_shouldRenderAndLoadMoreOfTheTeamsActivity() {
        browser.open("/display/ENG");
        assertThat(browser.driver().getTitle()).startsWith("Engineering");

        WebElement stream = browser.stream(MACRO);
        List<Chromium.Item> first = browser.items(stream);
        // The demo's ENG home page carries {cross-team-activity:teams=eng|max=10}.
        assertThat(first).hasSize(10).allSatisfy(MacroBrowserTest::assertEngineering);

        assertThat(browser.loadMore(stream, 2)).isEqualTo(2);

        List<Chromium.Item> all = browser.items(stream);
        assertThat(all).hasSize(30).allSatisfy(MacroBrowserTest::assertEngineering);
        StreamChecks.assertOnceEachNewestFirst(all);
        assertThat(browser.items(browser.stream("main"))).as("only the macro shows a stream").hasSize(30);
    }

    @Test
    void pageWithAcrossMacro_shouldLoadMoreCrossTeamEntriesOnly() {
        browser.open("/display/ENG/Activity");

        WebElement stream = browser.stream(MACRO);
        List<Chromium.Item> first = browser.items(stream);
        // The demo's Activity pages carry {cross-team-activity:scope=across|max=10}.
        assertThat(first).hasSize(10);

        assertThat(browser.loadMore(stream, 2)).isEqualTo(2);

        List<Chromium.Item> all = browser.items(stream);
        assertThat(all).hasSize(30).allSatisfy(item -> {
            assertThat(item.visible).as("%s is visible", item).isTrue();
            assertThat(item.classes).contains("vm-scope-across");
        });
        StreamChecks.assertOnceEachNewestFirst(all);
    }

    private static void assertEngineering(Chromium.Item item) {
        assertThat(item.visible).as("%s is visible", item).isTrue();
        assertThat(item.text).as("actor's or counterpart's team of %s", item).contains("(Engineering)");
    }
}
