package fr.paritaire.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.assistant.RunningParitaire;
import fr.paritaire.assistant.config.ParitaireProperties;
import fr.paritaire.assistant.feedback.Feedback;
import fr.paritaire.assistant.feedback.FeedbackStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The chat in real headless Chromium: a conversation streamed answer by answer, citations opened in their document,
 * refusals that say what the documents cover, keyboard-only use and a phone-width screen.
 */
@RunningParitaire
class WebChatIT {

    static final String CSE = "Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?";
    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    ParitaireProperties properties;

    @Autowired
    FeedbackStore feedback;

    @BeforeAll
    static void startBrowser() throws Exception {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) chromium.quit();
    }

    @BeforeEach
    void freshPage() {
        chromium.size(1280, 860);
        chromium.open(port, "");
    }

    /** Types a question, sends it with Enter, and waits for its answer to be complete; returns that exchange. */
    WebElement ask(String question) {
        int before = chromium.driver.findElements(By.cssSelector("#thread .exchange")).size();
        WebElement box = chromium.driver.findElement(By.id("question"));
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
        chromium.awaitTrue("const x = document.querySelectorAll('#thread .exchange')[" + before + "];"
                + " return !!x && x.querySelector('.a').getAttribute('aria-busy') === 'false'");
        return chromium.driver.findElements(By.cssSelector("#thread .exchange")).get(before);
    }

    @Test
    void theAnswerStreamsInAndCitesItsSources() {
        assertThat(chromium.driver.getTitle()).contains("Paritaire");
        new Select(chromium.driver.findElement(By.id("role"))).selectByValue("delegate");
        assertThat(chromium.driver.findElements(By.cssSelector("#starters .starter"))).extracting(WebElement::getText).contains(CSE);
        chromium.screenshot("chat-welcome");

        WebElement exchange = ask(CSE);

        WebElement text = exchange.findElement(By.className("answer-text"));
        assertThat(Integer.parseInt(text.getDomAttribute("data-deltas"))).as("delta events received").isPositive();
        assertThat(chromium.driver.findElement(By.id("live")).getAttribute("textContent")).as("announced to screen readers")
                .contains("Le CSE doit obligatoirement être informé et consulté");
        assertThat(exchange.findElement(By.className("badge")).getText()).isEqualTo("appuyée sur les documents");
        assertThat(text.findElements(By.cssSelector("button.cite"))).isNotEmpty();
        List<WebElement> sources = exchange.findElements(By.cssSelector(".sources li"));
        assertThat(sources).anySatisfy(li -> assertThat(li.findElement(By.className("where")).getText()).contains("Article L2312-8"));
        assertThat(chromium.driver.findElement(By.id("status")).getText()).contains("source(s) citée(s)");
        // A delegate is told what they can act on, each point a citation that opens its source.
        String shown = text.getText();
        assertThat(shown).contains("Pour agir, d'après les passages cités :", "– Information et consultation des représentants du personnel [");
        String points = shown.substring(shown.indexOf("Pour agir"));
        assertThat(text.findElements(By.cssSelector("button.cite"))).filteredOn(b -> points.contains(b.getText())).isNotEmpty();
        chromium.screenshot("chat-answer");
    }

    @Test
    void aCitationOpensItsQuoteHighlightedInTheDocument() throws Exception {
        WebElement exchange = ask(CSE);
        WebElement marker = exchange.findElements(By.cssSelector(".answer-text button.cite")).getFirst();
        String n = marker.getText().replaceAll("\\D", "");
        String quote = exchange.findElement(By.cssSelector(".sources li[value='" + n + "'] blockquote")).getText();

        marker.click();

        WebElement mark = chromium.await(By.cssSelector("#viewer[open] #viewer-context .ctx-passage.focus mark"));
        assertThat(mark.getText()).isEqualTo(quote);
        assertThat(chromium.driver.findElements(By.cssSelector("#viewer-context .ctx-passage")))
                .as("the passages around the cited one").hasSizeGreaterThan(1);
        assertThat(chromium.driver.findElement(By.id("viewer-title")).getText()).isNotBlank();
        String file = chromium.driver.findElement(By.id("viewer-file")).getDomProperty("href");
        assertThat(file).matches(".*/api/documents/[^/]+/file(#page=\\d+)?");
        assertThat(statusOf(file.replaceFirst("#.*", ""))).isEqualTo(200);
        chromium.screenshot("source-viewer");

        new Actions(chromium.driver).sendKeys(Keys.ESCAPE).perform();
        chromium.awaitTrue("return !document.getElementById('viewer').open");
        assertThat(chromium.driver.switchTo().activeElement()).as("focus back on the citation").isEqualTo(marker);
    }

    @Test
    void aPdfCitationLinksToTheOriginalFileAtItsPage() throws Exception {
        WebElement exchange = ask("Un exemple de clause sur la formation des salariés à l'IA dans un accord de branche ?");
        WebElement source = exchange.findElements(By.cssSelector(".sources li")).stream()
                .filter(li -> li.findElement(By.className("where")).getText().contains(".pdf")).findFirst()
                .orElseThrow(() -> new AssertionError("no PDF cited"));
        String page = source.findElement(By.className("where")).getText().replaceAll(".*p\\. (\\d+).*", "$1");
        click(source.findElement(By.cssSelector("button.open-source")));
        chromium.await(By.cssSelector("#viewer[open] mark"));
        WebElement link = chromium.driver.findElement(By.id("viewer-file"));
        assertThat(link.getText()).isEqualTo("Ouvrir le document original à la page " + page);
        assertThat(link.getDomProperty("href")).endsWith("/file#page=" + page);
        assertThat(chromium.driver.findElement(By.id("viewer-meta")).getText()).contains("p. " + page);
        assertThat(statusOf(link.getDomProperty("href").replaceFirst("#.*", ""))).isEqualTo(200);
        new Actions(chromium.driver).sendKeys(Keys.ESCAPE).perform();
    }

    @Test
    void aFollowUpStaysInTheConversationAndPastConversationsCanBeReopened() {
        WebElement first = ask(CSE);
        WebElement second = ask("Et quel article du code du travail le prévoit ?");

        String id = first.getDomAttribute("data-conversation-id");
        assertThat(id).isNotBlank();
        assertThat(second.getDomAttribute("data-conversation-id")).isEqualTo(id);
        assertThat(second.findElement(By.className("answer-text")).getText()).isNotBlank();
        assertThat(chromium.driver.findElements(By.cssSelector("#thread .exchange"))).hasSize(2);
        chromium.js("arguments[0].scrollIntoView({block: 'start'})", second);
        chromium.screenshot("conversation");

        chromium.driver.findElement(By.id("new-conversation")).click();
        assertThat(chromium.driver.findElements(By.cssSelector("#thread .exchange"))).isEmpty();
        WebElement past = chromium.await(By.cssSelector("#history-list .history-item[data-conversation-id='" + id + "']"));
        assertThat(past.getText()).startsWith(CSE);
        WebElement third = ask("Quelle est la recette de la pâte à crêpes ?");
        assertThat(third.getDomAttribute("data-conversation-id")).as("a new conversation").isNotEqualTo(id);

        chromium.driver.findElement(By.cssSelector("#history-list .history-item[data-conversation-id='" + id + "']")).click();
        List<WebElement> restored = chromium.driver.findElements(By.cssSelector("#thread .exchange"));
        assertThat(restored).hasSize(2);
        WebElement next = ask("Le CSE doit-il aussi être informé ?");
        assertThat(next.getDomAttribute("data-conversation-id")).as("reopened conversation continues").isEqualTo(id);
    }

    @Test
    void anOffTopicQuestionIsRefusedAndTheRefusalSaysWhatTheDocumentsCover() {
        WebElement crepes = ask("Quelle est la recette de la pâte à crêpes ?");
        assertThat(crepes.findElement(By.className("badge")).getText()).isEqualTo("hors des documents");
        assertThat(crepes.findElements(By.cssSelector(".sources li"))).isEmpty();
        assertThat(crepes.findElement(By.className("answer-text")).getText()).contains("ne traitent pas de cette question");
        assertThat(crepes.findElement(By.className("coverage")).getText()).contains("Ce que les documents couvrent");
        assertThat(chromium.driver.findElement(By.id("status")).getText()).isEqualTo("Les documents ne couvrent pas cette question.");
        WebElement about = chromium.await(By.cssSelector(".coverage .corpus li"));
        assertThat(crepes.findElements(By.cssSelector(".coverage .corpus li"))).extracting(WebElement::getText)
                .anySatisfy(title -> assertThat(title).startsWith("Guide du déploiement de l'IA au travail"))
                .noneSatisfy(title -> assertThat(title).contains("Solvéa"));
        assertThat(about.isDisplayed()).isTrue();

        WebElement deadline = ask("De combien de temps le CSE dispose-t-il pour rendre son avis ?");
        String coverage = deadline.findElement(By.className("coverage")).getText();
        assertThat(coverage).contains("Ce que les documents couvrent").contains("« CSE »")
                .contains("Ce qu'ils ne disent pas").contains("une durée ou un délai");
        chromium.js("arguments[0].scrollIntoView({block: 'start'})", deadline);
        chromium.screenshot("refusal");
    }

    @Test
    void everythingWorksFromTheKeyboardWithAVisibleFocus() throws Exception {
        Actions keys = new Actions(chromium.driver);
        keys.sendKeys(Keys.TAB).perform();
        WebElement skip = chromium.driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Aller à la question");
        skip.sendKeys(Keys.ENTER);
        assertThat(chromium.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("question");

        keys.sendKeys(CSE).sendKeys(Keys.ENTER).perform();
        chromium.awaitTrue("const a = document.querySelector('#thread .exchange .a'); return !!a && a.getAttribute('aria-busy') === 'false'");

        WebElement cite = tabUntil("button.cite", true);
        assertThat(focusOutline(cite)).as("visible focus").isNotEqualTo("none");
        keys.sendKeys(Keys.ENTER).perform();
        chromium.await(By.cssSelector("#viewer[open] mark"));
        keys.sendKeys(Keys.ESCAPE).perform();
        chromium.awaitTrue("return !document.getElementById('viewer').open");

        WebElement up = tabUntil("button.vote-up", false);
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(up.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(chromium.driver.switchTo().activeElement().getTagName()).isEqualTo("textarea");
        keys.sendKeys("Clair et sourcé, merci.").sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        chromium.await(By.cssSelector(".feedback .thanks"));

        Feedback saved = feedback.all().getLast();
        assertThat(saved.vote()).isEqualTo(Feedback.UP);
        assertThat(saved.comment()).isEqualTo("Clair et sourcé, merci.");
        assertThat(saved.question()).isEqualTo(CSE);
        assertThat(saved.verdict()).isEqualTo("answer");
        assertThat(saved.channel()).isEqualTo(Feedback.WEB);
        assertThat(saved.citations()).isNotEmpty();
        assertThat(Files.readAllLines(properties.dataFolder().resolve("feedback.jsonl"), StandardCharsets.UTF_8).getLast())
                .as("the embedded store's file in the data folder").contains("Clair et sourcé, merci.");
    }

    /** Clicks as a person would: scrolled into the middle first, clear of the sticky question box. */
    void click(WebElement element) {
        chromium.js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    static int statusOf(String url) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    /** Presses Tab (or Shift+Tab) until the focused element matches {@code css}. */
    WebElement tabUntil(String css, boolean backwards) {
        Actions keys = new Actions(chromium.driver);
        for (int i = 0; i < 80; i++) {
            if (backwards) keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            else keys.sendKeys(Keys.TAB).perform();
            WebElement active = chromium.driver.switchTo().activeElement();
            if (Boolean.TRUE.equals(chromium.js("return arguments[0].matches(arguments[1])", active, css))) return active;
        }
        throw new AssertionError("no " + css + " reached with Tab");
    }

    String focusOutline(WebElement element) {
        return chromium.js("return getComputedStyle(arguments[0]).outlineStyle", element);
    }

    @Test
    void copyWithSourcesGivesTheAnswerAndItsNumberedSourcesAsPlainText() {
        WebElement exchange = ask(CSE);
        click(exchange.findElement(By.cssSelector("button.copy")));
        chromium.awaitTrue("return !!window.Paritaire.lastCopied");
        String copied = chromium.js("return window.Paritaire.lastCopied");
        assertThat(copied).startsWith(CSE).contains("[1]").contains("Sources :").contains("« Le CSE doit obligatoirement");
        assertThat(copied).doesNotContain("<");
    }

    @Test
    void thePrintedPageShowsTheAnswersWithoutTheControls() {
        ask(CSE);
        chromium.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(chromium.driver.findElement(By.id("ask-form")).isDisplayed()).isFalse();
            assertThat(chromium.driver.findElement(By.cssSelector(".exchange .actions")).isDisplayed()).isFalse();
            assertThat(chromium.driver.findElement(By.cssSelector(".exchange .answer-text")).isDisplayed()).isTrue();
            assertThat(chromium.driver.findElement(By.cssSelector(".exchange .sources")).isDisplayed()).isTrue();
        } finally {
            chromium.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void onAPhoneNothingScrollsSideways() {
        chromium.size(390, 844);
        chromium.open(port, "");
        assertThat(chromium.scrollsHorizontally()).as("welcome at 390 px").isFalse();
        chromium.screenshot("phone-welcome");

        WebElement starter = chromium.driver.findElements(By.cssSelector("#starters .starter")).getFirst();
        assertThat(starter.getText()).isEqualTo(CSE);
        starter.click();
        chromium.awaitTrue("const a = document.querySelector('#thread .exchange .a'); return !!a && a.getAttribute('aria-busy') === 'false'");
        WebElement exchange = chromium.driver.findElement(By.cssSelector("#thread .exchange"));
        assertThat(exchange.findElement(By.className("q-text")).getText()).isEqualTo(CSE);
        assertThat(chromium.scrollsHorizontally()).as("answer at 390 px").isFalse();
        chromium.js("arguments[0].scrollIntoView()", exchange);
        chromium.screenshot("phone-answer");

        exchange.findElements(By.cssSelector("button.cite")).getFirst().click();
        chromium.await(By.cssSelector("#viewer[open] mark"));
        assertThat(chromium.scrollsHorizontally()).as("source viewer at 390 px").isFalse();
        assertThat((Boolean) chromium.js("const v = document.getElementById('viewer'); return v.scrollWidth <= v.clientWidth")).isTrue();
        chromium.screenshot("phone-source-viewer");
        new Actions(chromium.driver).sendKeys(Keys.ESCAPE).perform();

        chromium.driver.findElement(By.id("menu-toggle")).click();
        chromium.await(By.id("documents-link")).click();
        chromium.await(By.cssSelector("#documents tbody tr"));
        assertThat(chromium.scrollsHorizontally()).as("documents at 390 px").isFalse();
        chromium.screenshot("phone-documents");
    }

    @Test
    void theDocumentsPageIsLinkedFromTheChatAndListsTheKnowledgeBase() {
        chromium.driver.findElement(By.id("documents-link")).click();
        chromium.await(By.cssSelector("#documents tbody tr"));
        List<WebElement> rows = chromium.driver.findElements(By.cssSelector("#documents tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(9);
        WebElement pdf = chromium.driver.findElement(By.cssSelector("#documents tr[data-document-id='accords-accord-branche-mecanique-precision-ia-2025']"));
        List<String> cells = pdf.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells.get(0)).contains("exemple fictif");
        assertThat(cells.get(1)).isEqualTo("PDF");
        assertThat(Integer.parseInt(cells.get(2))).isPositive();
        assertThat(Integer.parseInt(cells.get(3))).isPositive();
        assertThat(chromium.driver.findElement(By.id("last-ingestion")).getText()).startsWith("Dernière ingestion");
        chromium.screenshot("documents");
        chromium.driver.findElement(By.id("chat-link")).click();
        chromium.await(By.id("question"));
    }

    @Test
    void anEmptyQuestionIsExplainedWithoutCallingTheServer() {
        chromium.driver.findElement(By.id("question")).sendKeys("   ");
        chromium.driver.findElement(By.id("ask")).click();
        assertThat(chromium.driver.findElement(By.id("status")).getText()).contains("Écrivez une question");
        assertThat(chromium.driver.findElements(By.cssSelector("#thread .exchange"))).isEmpty();
    }

    @Test
    void theInterfaceFollowsTheBrowsersLanguageAndCanSwitch() {
        assertThat(chromium.js("return navigator.language").toString()).startsWith("fr");
        assertThat(chromium.driver.findElement(By.id("ask")).getText()).isEqualTo("Envoyer");
        chromium.open(port, "?lang=en");
        assertThat(chromium.driver.findElement(By.id("ask")).getText()).isEqualTo("Send");
        assertThat(chromium.js("return document.documentElement.lang").toString()).isEqualTo("en");
        WebElement exchange = ask("Does the works council have to be consulted before introducing an AI tool?");
        assertThat(exchange.findElement(By.className("badge")).getText()).isEqualTo("grounded in the documents");
        assertThat(exchange.findElement(By.cssSelector("button.copy")).getText()).isEqualTo("Copy with sources");

        chromium.driver.findElement(By.id("lang-toggle")).click();
        assertThat(chromium.driver.findElement(By.id("ask")).getText()).isEqualTo("Envoyer");
        assertThat(chromium.driver.findElement(By.cssSelector("#thread .badge")).getText()).isEqualTo("appuyée sur les documents");
        chromium.js("localStorage.removeItem('paritaire.lang')");
    }
}
