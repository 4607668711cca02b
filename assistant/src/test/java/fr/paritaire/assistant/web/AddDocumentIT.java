package fr.paritaire.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.assistant.Http;
import fr.paritaire.assistant.ParitaireApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Adding a document, in the browser and over HTTP, on an application of its own whose corpus folder is a scratch copy
 * of one committed document (the committed corpus is never written to).
 */
@SpringBootTest(classes = ParitaireApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"paritaire.data-dir=target/it-upload/data", "paritaire.corpus-dir=target/it-upload/corpus"})
class AddDocumentIT {

    static final Path SANDBOX = Path.of("target", "it-upload");
    static final Path CORPUS = SANDBOX.resolve("corpus");
    static final Path NOTE = Path.of("src", "test", "resources", "upload", "note-commission-ia-verdier-outillage.txt");
    static Chromium chromium;

    static {
        // Runs before the application starts: a fresh scratch corpus, so an earlier run's uploads are gone.
        try {
            if (Files.exists(SANDBOX)) {
                try (Stream<Path> walk = Files.walk(SANDBOX)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(CORPUS);
            Files.copy(Path.of("..", "corpus", "secoia-deal-lancement-projet.txt"), CORPUS.resolve("secoia-deal-lancement-projet.txt"));
            Files.writeString(CORPUS.resolve("compte-rendu-abime.pdf"), "%PDF-1.4 truncated, nothing after this");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) chromium.quit();
    }

    @Test
    void aDocumentAddedFromTheDocumentsPageIsAnsweredFromRightAfter() {
        chromium.size(1280, 860);
        chromium.open(port, "documents.html");
        chromium.await(By.cssSelector("#documents tbody tr"));
        int before = chromium.driver.findElements(By.cssSelector("#documents tbody tr")).size();
        assertThat(chromium.driver.findElement(By.id("failures")).getText()).as("a file the last run could not read, and why")
                .startsWith("compte-rendu-abime.pdf — ").hasSizeGreaterThan("compte-rendu-abime.pdf — ".length() + 5);

        chromium.driver.findElement(By.id("file")).sendKeys(NOTE.toAbsolutePath().toString());
        chromium.driver.findElement(By.id("add")).click();
        WebElement done = chromium.await(By.cssSelector("#add-status.ok-text"));
        assertThat(done.getText()).contains("Note de fonctionnement de la commission paritaire").contains("ajouté");
        chromium.awaitTrue("return document.querySelectorAll('#documents tbody tr').length === " + (before + 1));
        WebElement row = chromium.driver.findElement(By.cssSelector("#documents tbody tr[data-document-id='note-commission-ia-verdier-outillage']"));
        assertThat(row.getText()).contains("TXT").contains("ingéré");
        assertThat(Files.exists(CORPUS.resolve(NOTE.getFileName()))).isTrue();
        chromium.js("document.getElementById('add-status').scrollIntoView({block: 'end'})");
        chromium.screenshot("documents-added");

        chromium.driver.findElement(By.id("chat-link")).click();
        WebElement question = chromium.await(By.id("question"));
        question.sendKeys("À quelle fréquence se réunit la commission paritaire sur l'intelligence artificielle de Verdier Outillage ?");
        question.sendKeys(Keys.ENTER);
        chromium.awaitTrue("const a = document.querySelector('#thread .exchange .a'); return !!a && a.getAttribute('aria-busy') === 'false'");
        WebElement exchange = chromium.driver.findElement(By.cssSelector("#thread .exchange"));
        assertThat(exchange.findElement(By.className("badge")).getText()).isEqualTo("appuyée sur les documents");
        assertThat(exchange.findElement(By.className("answer-text")).getText()).contains("une fois par trimestre");
        assertThat(exchange.findElements(By.cssSelector(".sources .source-title"))).extracting(WebElement::getText)
                .contains("Note de fonctionnement de la commission paritaire sur l'intelligence artificielle — Verdier Outillage");
    }

    @Test
    void aFormatWeDoNotReadIsRefusedAndNothingIsWritten() throws Exception {
        HttpResponse<String> response = upload("outil.exe", "MZ...".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("only PDF, DOCX, ODT, HTML and TXT");
        assertThat(Files.exists(CORPUS.resolve("outil.exe"))).isFalse();
    }

    @Test
    void aNameThatClimbsOutOfTheCorpusIsReducedToItsLastSegment() throws Exception {
        String name = "evasion-" + UUID.randomUUID() + ".txt";
        HttpResponse<String> response = upload("../../" + name, """
                Note sur le télétravail des équipes de maintenance.
                Les équipes de maintenance peuvent télétravailler deux jours par semaine lorsque les interventions le permettent.
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Http.JSON.readTree(response.body()).path("source").asText()).isEqualTo(name);
        assertThat(Files.exists(CORPUS.resolve(name))).isTrue();
        assertThat(Files.exists(CORPUS.resolve("../..").resolve(name).normalize())).isFalse();

        HttpResponse<String> again = upload(name, "autre contenu".getBytes(StandardCharsets.UTF_8));
        assertThat(again.statusCode()).as("never overwritten").isEqualTo(409);
    }

    @Test
    void aFileIngestionCannotReadIsReportedAndNotKept() throws Exception {
        HttpResponse<String> response = upload("rapport-corrompu.pdf", "%PDF-1.4 this is not really a PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Http.JSON.readTree(response.body()).path("detail").asText()).contains("rapport-corrompu.pdf");
        assertThat(Files.exists(CORPUS.resolve("rapport-corrompu.pdf"))).isFalse();
        assertThat(Http.get(port, "/api/documents").body().path("failures").toString()).doesNotContain("rapport-corrompu.pdf");
    }

    HttpResponse<String> upload(String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "paritaire" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
