package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's chromium driven by its chromedriver, headless, as a person's browser on a machine with
 * no network: every host name but localhost fails to resolve. It records the console and every
 * request the pages make. Where chromium or chromedriver is absent the calling test is skipped.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BROWSER = Path.of(System.getProperty("plangraph.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("plangraph.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = ServerFixture.projectRoot().resolve("target/screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static HeadlessChromium start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "browser tests skipped: no " + BROWSER + " or " + DRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
        Path profile = Files.createTempDirectory("plangraph-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + profile,
                // No network: any other host fails to resolve, as offline; a page that needs one shows it.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    /** Console messages at SEVERE level (JavaScript errors, failed loads) since the last call. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    /** The URL of every request the pages made since the last call. */
    List<String> requests() throws IOException {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(e.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asText());
            }
        }
        return urls;
    }

    /** Asserts the page made no request to another host and logged no error; then saves its first screenful as NAME.png. */
    void assertCleanAndSave(String name) throws IOException {
        assertClean(name);
        screenshot(name, false);
    }

    /** The same, saving the whole page. */
    void assertCleanAndSaveWholePage(String name) throws IOException {
        assertClean(name);
        screenshot(name, true);
    }

    private void assertClean(String name) throws IOException {
        List<String> requests = requests();
        assertTrue(!requests.isEmpty(), "the browser log records requests");
        for (String url : requests) {
            URI u = URI.create(url);
            // Only the network schemes reach a host; data:, blob: and the browser's own chrome: pages do not.
            boolean network = u.getScheme() != null && List.of("http", "https", "ws", "wss", "ftp").contains(u.getScheme());
            boolean local = !network || "localhost".equals(u.getHost()) || "127.0.0.1".equals(u.getHost());
            assertTrue(local, name + " asked another host: " + url);
        }
        assertEquals(List.of(), consoleErrors(), name + ": console errors");
    }

    /** WHOLEPAGE: the window is made as tall as the page for the shot, not only its first screenful. */
    Path screenshot(String name, boolean wholePage) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        org.openqa.selenium.Dimension window = driver.manage().window().getSize();
        if (wholePage) {
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(), (int) Math.min(4000, Math.max(window.getHeight(), height + 140))));
        }
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        driver.manage().window().setSize(window);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var all = Files.walk(profile)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
