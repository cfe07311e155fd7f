package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;

/** The two widths every page is tried at (a desktop and a phone), and axe-core on what they show. */
final class Viewports {
    static final int DESKTOP = 1440;
    static final int PHONE = 390;

    private Viewports() {
    }

    /** Makes the page {@code width} CSS pixels wide (the window's chrome is added to reach it). */
    static void width(Chromium browser, int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        long inner = (Long) browser.js("return window.innerWidth;");
        if (inner != width) {
            browser.driver().manage().window().setSize(new Dimension((int) (2 * width - inner), 900));
        }
    }

    /** No serious or critical axe violation; every violation found is printed. */
    static void assertAccessible(Chromium browser, String page) {
        List<Axe.Violation> violations = Axe.run(browser);
        String report = violations.isEmpty() ? "none"
                : violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
        System.out.println("axe on " + page + " (" + browser.path() + "): " + report);
        assertThat(violations.stream().filter(Axe.Violation::blocking).toList())
                .as("serious or critical axe violations on the %s:%s", page, report).isEmpty();
    }
}
