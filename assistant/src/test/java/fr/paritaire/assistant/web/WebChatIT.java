package fr.paritaire.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.paritaire.assistant.RunningParitaire;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chat page in real headless Chromium: ask, read the answer, follow a citation, see errors. */
@RunningParitaire
class WebChatIT {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // CI installs Chromium (.ci/run): there a missing browser is a failure, not a skip.
        assumeTrue(installed || "true".equals(System.getenv("CI")), "Chromium not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("paritaire-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void askingShowsAnAnswerWithClickableCitationsAndItsSources() {
        browser.get("http://127.0.0.1:" + port + "/");
        assertThat(browser.getTitle()).contains("Paritaire");
        new Select(browser.findElement(By.id("role"))).selectByValue("delegate");
        WebElement question = browser.findElement(By.id("question"));
        question.sendKeys("Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?");
        question.sendKeys(Keys.ENTER);

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#answer a.cite")));
        assertThat(browser.findElement(By.id("grounded-badge")).getText()).isEqualTo("appuyée sur les documents");
        List<WebElement> sources = browser.findElements(By.cssSelector("#sources li"));
        assertThat(sources).isNotEmpty();
        assertThat(sources).anySatisfy(li -> assertThat(li.findElement(By.className("where")).getText()).contains("Article L2312-8"));

        WebElement marker = browser.findElements(By.cssSelector("#answer a.cite")).getLast();
        String n = marker.getText().replaceAll("\\D", "");
        marker.click();
        WebElement cited = browser.findElement(By.id("source-" + n));
        assertThat(cited.getAttribute("class")).contains("highlight");
        assertThat(cited.findElement(By.tagName("blockquote")).getText()).isNotBlank();
    }

    @Test
    void anEmptyQuestionIsExplainedWithoutCallingTheServer() {
        browser.get("http://127.0.0.1:" + port + "/");
        browser.findElement(By.id("question")).sendKeys("   ");
        browser.findElement(By.id("ask")).click();
        assertThat(browser.findElement(By.id("status")).getText()).contains("Écrivez une question");
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
    }

    @Test
    void anOffTopicQuestionIsShownAsNotCoveredByTheDocuments() {
        browser.get("http://127.0.0.1:" + port + "/");
        WebElement question = browser.findElement(By.id("question"));
        question.sendKeys("Quelle est la recette de la pâte à crêpes ?");
        browser.findElement(By.id("ask")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        assertThat(browser.findElement(By.id("grounded-badge")).getText()).isEqualTo("hors des documents");
        assertThat(browser.findElements(By.cssSelector("#sources li"))).isEmpty();
    }
}
