package fr.paritaire.assistant.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
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

/**
 * Headless Chromium (Debian's {@code chromium} + {@code chromium-driver}) in French, as a delegate's browser would be,
 * with helpers for waiting and for the screenshots committed under {@code docs/screenshots/}.
 */
final class Chromium {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    /** Tests run in {@code assistant/}: the screenshots go to the repository's docs. */
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

    final ChromeDriver driver;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static Chromium start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // CI installs Chromium (.ci/run): there a missing browser is a failure, not a skip.
        assumeTrue(installed || "true".equals(System.getenv("CI")), "Chromium not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--lang=fr-FR", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("paritaire-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Chromium(new ChromeDriver(service, options));
    }

    void quit() {
        driver.quit();
    }

    /** Opens a page of the app with an empty browser storage (no past conversations, no saved role or language). */
    void open(int port, String page) {
        driver.get("http://127.0.0.1:" + port + "/" + page);
        driver.executeScript("localStorage.clear()");
        driver.get("http://127.0.0.1:" + port + "/" + page);
    }

    void size(int width, int height) {
        // The window is the viewport in headless mode; make sure by measuring and correcting once.
        driver.manage().window().setSize(new Dimension(width, height));
        Number innerWidth = (Number) driver.executeScript("return window.innerWidth");
        Number innerHeight = (Number) driver.executeScript("return window.innerHeight");
        if (innerWidth.intValue() != width || innerHeight.intValue() != height) {
            driver.manage().window().setSize(new Dimension(2 * width - innerWidth.intValue(), 2 * height - innerHeight.intValue()));
        }
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitTrue(String script) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
    }

    @SuppressWarnings("unchecked")
    <T> T js(String script, Object... args) {
        return (T) driver.executeScript(script, args);
    }

    /** Whether the page can be scrolled sideways (the test of a phone-width layout). */
    boolean scrollsHorizontally() {
        return js("return document.documentElement.scrollWidth > document.documentElement.clientWidth"
                + " || document.body.scrollWidth > document.documentElement.clientWidth");
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
