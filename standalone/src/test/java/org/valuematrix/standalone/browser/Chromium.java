package org.valuematrix.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.valuematrix.standalone.support.Api;

/**
 * Debian's headless Chromium driven through its chromedriver, both named explicitly so Selenium
 * Manager never looks for (or downloads) anything. Missing binaries fail the tests: they are
 * never skipped. Helpers read the activity stream's markup as a user sees it.
 */
final class Chromium implements AutoCloseable {
    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    static final Duration WAIT = Duration.ofSeconds(20);
    /** Inside a stream section: its items as plain values, read in one round trip. */
    private static final String READ_ITEMS = "var root = arguments[0] || document;"
            + "return Array.prototype.map.call(root.querySelectorAll('li.vm-item'), function (li) {"
            + "  var time = li.querySelector('time[datetime]'), where = li.querySelector('.vm-where a'),"
            + "      title = li.querySelector('.vm-object'), r = li.getBoundingClientRect();"
            + "  return {id: li.getAttribute('data-id'), classes: li.className,"
            + "    datetime: time ? time.getAttribute('datetime') : null,"
            + "    container: where ? where.getAttribute('href') : null,"
            + "    title: title ? title.textContent : null, text: li.textContent,"
            + "    visible: r.width > 0 && r.height > 0 && getComputedStyle(li).visibility !== 'hidden'};"
            + "});";

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Chromium(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Starts a fresh browser (own profile directory) for pages under {@code base}. */
    static Chromium start(String base) {
        File binary = new File(BINARY);
        File chromedriver = new File(DRIVER);
        if (!binary.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: " + BINARY
                    + (binary.canExecute() ? " found" : " missing") + ", " + DRIVER
                    + (chromedriver.canExecute() ? " found" : " missing") + " (.ci/run installs them)");
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("vm-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new Chromium(driver, profile, base);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** @return the host's base URL the browser opens pages under */
    String base() {
        return base;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Opens a path of the host and waits until the document has loaded. */
    void open(String path) {
        driver.get(base + path);
        waitForLoad();
    }

    void waitForLoad() {
        waiting().until(d -> "complete".equals(js("return document.readyState")));
    }

    /**
     * Clicks an element whose action replaces the document (a reload or a navigation started by
     * script), and waits until the new document has loaded. A marker on the old window tells the
     * documents apart; element staleness alone can be seen while the old document is still current.
     */
    void clickAndAwaitNewDocument(By locator) {
        js("window.vmOldDocument = true;");
        waiting().until(d -> d.findElement(locator).isEnabled());
        driver.findElement(locator).click();
        waiting().until(d -> Boolean.TRUE.equals(
                js("return window.vmOldDocument === undefined && document.readyState === 'complete';")));
    }

    /** Signs in afresh as {@code user} (the demo password) in a window {@code width} pixels wide. */
    void loggedIn(String user, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.manage().deleteAllCookies();
        logIn(user, Api.PASSWORD);
    }

    /** Runs axe-core on the current document and fails on any serious or critical violation. */
    void assertAccessible(String page) {
        List<Axe.Violation> violations = Axe.run(this);
        String report = violations.isEmpty() ? "none"
                : violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
        System.out.println("axe on " + page + " (" + path() + "): " + report);
        assertThat(violations.stream().filter(Axe.Violation::blocking).toList()).as(report).isEmpty();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs a script that ends by calling {@code done(value)} (the last argument). */
    Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];" + script, args);
    }

    /** @return the HTTP status the browser, with its session cookie, gets for a path */
    long statusOf(String path) {
        return (Long) jsAsync("fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                + ".then(function (r) { done(r.status); }, function (e) { done(-1); });", base + path);
    }

    /** Logs in through the login form as a person does, and waits for the page it leads to. */
    void logIn(String username, String password) {
        open("/login");
        WebElement user = driver.findElement(By.id("os_username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("os_password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".vm-header-user")));
        waitForLoad();
    }

    /** Logs out through the header's form, and waits until the login link is back. */
    void logOut() {
        driver.findElement(By.cssSelector("form.vm-logout button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.cssSelector(".vm-header-user")).isEmpty());
        waitForLoad();
    }

    /** The first stream section inside {@code container} (a CSS selector), once it is there. */
    WebElement stream(String container) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(container + " section.vm-stream")));
    }

    /** An item of a stream as the browser shows it. */
    static final class Item {
        final String id;
        final List<String> classes;
        final Instant when;
        final String containerHref;
        final String title;
        final String text;
        final boolean visible;

        Item(Map<?, ?> raw) {
            this.id = (String) raw.get("id");
            this.classes = List.of(((String) raw.get("classes")).trim().split("\\s+"));
            this.when = raw.get("datetime") == null ? null : Instant.parse((String) raw.get("datetime"));
            this.containerHref = (String) raw.get("container");
            this.title = (String) raw.get("title");
            this.text = (String) raw.get("text");
            this.visible = Boolean.TRUE.equals(raw.get("visible"));
        }

        /** @return the container key: the last segment of {@code /display/KEY} or {@code /browse/KEY} */
        String containerKey() {
            return containerHref == null ? null : containerHref.substring(containerHref.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return id + " " + classes + " " + when + " " + containerHref;
        }
    }

    List<Item> items(WebElement section) {
        List<Item> out = new ArrayList<>();
        for (Object raw : (List<?>) js(READ_ITEMS, section)) {
            out.add(new Item((Map<?, ?>) raw));
        }
        return out;
    }

    /**
     * Clicks the section's "load more" button up to {@code times} times, each time waiting until
     * the request has finished; stops early when the button goes (the stream's end).
     *
     * @return how many clicks loaded something
     */
    int loadMore(WebElement section, int times) {
        int loads = 0;
        for (int i = 0; i < times; i++) {
            List<WebElement> buttons = section.findElements(By.cssSelector("button.vm-more"));
            if (buttons.isEmpty()) {
                break;
            }
            int before = items(section).size();
            WebElement button = buttons.get(0);
            waiting().until(ExpectedConditions.elementToBeClickable(button));
            button.click();
            // Done when the button is gone (end of stream) or enabled again; a failed request
            // leaves the item count as it was, which the assertion below reports.
            waiting().until(d -> (Boolean) js("var s = arguments[0], b = s.querySelector('button.vm-more');"
                    + "return !b || (!b.disabled && !b.hasAttribute('aria-busy'));", section));
            int after = items(section).size();
            String status = section.findElement(By.cssSelector(".vm-stream-status")).getText();
            assertThat(after).as("items after 'load more' (status: '%s')", status).isGreaterThan(before);
            loads++;
        }
        return loads;
    }

    /** Saves a PNG of the viewport (or the whole page, when Chromium can) under target/screenshots. */
    Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot with the window made {@code height} pixels tall for a moment, to show more of the page. */
    Path tallScreenshot(String name, int height) {
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(size.getWidth(), height));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a profile directory left in the temporary directory is harmless
            }
        }
    }
}
