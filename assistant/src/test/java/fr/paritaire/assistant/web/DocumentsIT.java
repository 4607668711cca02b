package fr.paritaire.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.paritaire.assistant.Http;
import fr.paritaire.assistant.RunningParitaire;
import fr.paritaire.assistant.feedback.Feedback;
import fr.paritaire.assistant.feedback.FeedbackStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The documents and feedback endpoints over real HTTP, on the committed corpus. */
@RunningParitaire
class DocumentsIT {

    static final String GUIDE = "laboria-guide-deploiement-ia-tpe-pme";
    static final String PDF = "accords-accord-branche-mecanique-precision-ia-2025";
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    FeedbackStore store;

    HttpResponse<byte[]> raw(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode document(JsonNode catalog, String id) {
        return StreamSupport.stream(catalog.path("documents").spliterator(), false)
                .filter(d -> d.path("id").asText().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not listed"));
    }

    @Test
    void theDocumentsAreListedWithFormatPagesPassagesAndTheLastIngestion() {
        Http.Reply reply = Http.get(port, "/api/documents");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode catalog = reply.body();
        assertThat(catalog.path("documents").size()).isGreaterThanOrEqualTo(9);
        JsonNode guide = document(catalog, GUIDE);
        assertThat(guide.path("title").asText()).startsWith("Guide du déploiement de l'IA au travail");
        assertThat(guide.path("source").asText()).isEqualTo(GUIDE + ".txt");
        assertThat(guide.path("format").asText()).isEqualTo("TXT");
        assertThat(guide.path("passages").asInt()).isGreaterThan(10);
        assertThat(guide.path("status").asText()).isIn("ingested", "unchanged");
        assertThat(guide.path("example").asBoolean()).isFalse();
        assertThat(guide.path("authority").asText()).isEqualTo("guidance");
        JsonNode pdf = document(catalog, PDF);
        assertThat(pdf.path("authority").asText()).isEqualTo("example");
        assertThat(pdf.path("format").asText()).isEqualTo("PDF");
        assertThat(pdf.path("pages").asInt()).isPositive();
        assertThat(pdf.path("example").asBoolean()).isTrue();
        assertThat(catalog.path("failures").isArray()).isTrue();
        assertThat(catalog.path("lastIngestion").path("summary").asText()).contains("in store");
    }

    @Test
    void aPassageIsShownWithThePassagesAroundIt() {
        JsonNode all = Http.get(port, "/api/documents/" + GUIDE + "/passages").body().path("passages");
        assertThat(all.size()).isGreaterThan(10);
        String middle = all.get(5).path("id").asText();

        Http.Reply reply = Http.get(port, "/api/documents/" + GUIDE + "/passages?radius=1&around=" + middle.replace("#", "%23"));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode context = reply.body();
        assertThat(context.path("focus").asText()).isEqualTo(middle);
        assertThat(context.path("document").path("title").asText()).startsWith("Guide du déploiement");
        List<String> ids = StreamSupport.stream(context.path("passages").spliterator(), false).map(p -> p.path("id").asText()).toList();
        assertThat(ids).containsExactly(all.get(4).path("id").asText(), middle, all.get(6).path("id").asText());
        assertThat(context.path("passages").get(1).path("text").asText()).isEqualTo(all.get(5).path("text").asText());
        assertThat(context.path("moreBefore").asBoolean()).isTrue();
        assertThat(context.path("moreAfter").asBoolean()).isTrue();
    }

    @Test
    void unknownDocumentsPassagesAndRadiiAreRefused() {
        assertThat(Http.get(port, "/api/documents/no-such-document/passages").status()).isEqualTo(404);
        assertThat(Http.get(port, "/api/documents/" + GUIDE + "/passages?around=" + GUIDE + "%23999999").status()).isEqualTo(404);
        Http.Reply wide = Http.get(port, "/api/documents/" + GUIDE + "/passages?around=x&radius=500");
        assertThat(wide.status()).isEqualTo(400);
        assertThat(wide.body().path("detail").asText()).contains("radius");
        assertThat(Http.get(port, "/api/documents/no-such-document/file").status()).isEqualTo(404);
    }

    @Test
    void theOriginalFileIsServedAsStored() throws Exception {
        HttpResponse<byte[]> txt = raw("/api/documents/" + GUIDE + "/file");
        assertThat(txt.statusCode()).isEqualTo(200);
        assertThat(txt.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(txt.body()).isEqualTo(Files.readAllBytes(Path.of("..", "corpus", GUIDE + ".txt")));

        HttpResponse<byte[]> pdf = raw("/api/documents/" + PDF + "/file");
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        HttpResponse<byte[]> html = raw("/api/documents/accords-accord-groupe-solvea-relation-client-ia-2026/file");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).isEqualTo("sandbox");
        HttpResponse<byte[]> docx = raw("/api/documents/accords-accord-mutuelle-ligerienne-systemes-ia-2026/file");
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/documents/..%2F..%2Fpom.xml/file", "/api/documents/%2E%2E/file",
            "/api/documents/..%5C..%5Cpom.xml/file", "/api/documents/..%252F..%252Fpom.xml/file",
            "/api/documents/%2E%2E%2F%2E%2E%2Fcorpus%2Flaboria-guide-deploiement-ia-tpe-pme.txt/file",
            "/api/documents/" + GUIDE + "/passages?around=..%2F..%2Fpom.xml"})
    void pathsLeadingOutOfTheCorpusAreRefused(String path) throws Exception {
        HttpResponse<byte[]> response = raw(path);
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(new String(response.body())).doesNotContain("<modelVersion>");
    }

    @Test
    void feedbackIsStoredAndBadFeedbackRefused() {
        Map<String, Object> citation = Map.of("n", 1, "passageId", GUIDE + "#3", "documentId", GUIDE, "title", "Guide",
                "source", GUIDE + ".txt", "quote", "Le CSE doit obligatoirement être informé", "authority", "guidance");
        Http.Reply saved = Http.post(port, "/api/feedback", Map.of("vote", "down", "comment", "Il manque le délai.",
                "question", "Le CSE doit-il être consulté ?", "answer", "Voici… [1]", "verdict", "answer", "grounded", true,
                "citations", List.of(citation)));
        assertThat(saved.status()).isEqualTo(201);
        Feedback stored = store.all().getLast();
        assertThat(stored.channel()).isEqualTo("web");
        assertThat(stored.vote()).isEqualTo("down");
        assertThat(stored.comment()).isEqualTo("Il manque le délai.");
        assertThat(stored.citations()).singleElement().satisfies(c -> assertThat(c.passageId()).isEqualTo(GUIDE + "#3"));
        assertThat(stored.at()).isNotNull();

        assertThat(Http.post(port, "/api/feedback", Map.of("vote", "meh", "question", "q")).status()).isEqualTo(400);
        Http.Reply noQuestion = Http.post(port, "/api/feedback", Map.of("vote", "up"));
        assertThat(noQuestion.status()).isEqualTo(400);
        assertThat(noQuestion.body().path("detail").asText()).contains("question");
        assertThat(Http.post(port, "/api/feedback", Map.of("vote", "up", "question", "q", "comment", "x".repeat(2001))).status()).isEqualTo(400);
    }
}
