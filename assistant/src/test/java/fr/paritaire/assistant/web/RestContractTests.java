package fr.paritaire.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.paritaire.assistant.Http;
import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.evaluation.SourceText;
import fr.paritaire.ingestion.extract.ExtractionProperties;
import fr.paritaire.ingestion.extract.TextExtractor;
import fr.paritaire.ingestion.evaluation.EvalItem;
import fr.paritaire.ingestion.evaluation.EvidenceMatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST contract, over real HTTP, against the application running on the committed corpus; run once per knowledge
 * base (embedded, PostgreSQL) by the subclasses.
 */
abstract class RestContractTests {

    @LocalServerPort
    int port;

    @Test
    void readinessIsUpOnceTheKnowledgeBaseIsLoaded() {
        Http.Reply reply = Http.get(port, "/actuator/health/readiness");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void theLastIngestionRunIsReportedFileByFile() {
        Http.Reply reply = Http.get(port, "/api/admin/ingestion");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode files = reply.body().path("files");
        assertThat(files.size()).isEqualTo(9);
        for (JsonNode f : files) {
            assertThat(f.path("source").asText()).isNotBlank();
            // The committed corpus ingests cleanly: each file is new, or unchanged since the last run on this store.
            assertThat(f.path("status").asText()).as(f.path("source").asText()).isIn("INGESTED", "UNCHANGED");
            assertThat(f.path("reason").isNull() || f.path("reason").isMissingNode() || f.path("reason").asText().isEmpty())
                    .as("no failure reason for " + f.path("source").asText()).isTrue();
        }
        assertThat(reply.body().path("passagesInStore").asInt()).isPositive();
    }

    @Test
    void searchReturnsRankedPassagesWithTheirCoordinates() {
        Http.Reply reply = Http.post(port, "/api/search", Map.of("query", "Que dit l'article L2312-38 du code du travail ?", "limit", 5));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode results = reply.body().path("results");
        assertThat(results.size()).isBetween(1, 5);
        JsonNode first = results.get(0);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("article").asText()).isEqualTo("L2312-38");
        assertThat(first.path("source").asText()).isEqualTo("laboria-guide-deploiement-ia-tpe-pme.txt");
        assertThat(first.path("documentId").asText()).isNotBlank();
        assertThat(first.path("title").asText()).startsWith("Guide du déploiement de l'IA au travail");
        assertThat(first.path("text").asText()).contains("aide au recrutement des candidats");
        assertThat(first.has("section")).isTrue();
        assertThat(first.has("page")).isTrue();
        assertThat(first.path("score").isNumber()).isTrue();
    }

    @Test
    void theWorksCouncilQuestionIsAnsweredCitingArticleL2312_8WithAVerbatimQuote() throws Exception {
        Http.Reply reply = Http.post(port, "/api/ask", Map.of("question", "Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?"));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.path("grounded").asBoolean()).isTrue();
        assertThat(body.path("mode").asText()).isEqualTo("extractive");
        assertThat(body.path("conversationId").asText()).isNotBlank();
        List<JsonNode> citations = new ArrayList<>();
        body.path("citations").forEach(citations::add);
        assertThat(citations).anySatisfy(c -> {
            assertThat(c.path("article").asText()).isEqualTo("L2312-8");
            assertThat(c.path("source").asText()).startsWith("laboria");
        });
        // The list item ("4° L'introduction de nouvelles technologies") comes with the sentence that opens the list.
        assertThat(citations).anySatisfy(c -> {
            assertThat(c.path("article").asText()).isEqualTo("L2312-8");
            assertThat(c.path("quote").asText()).startsWith("Le comité est informé et consulté");
        });
        for (JsonNode c : citations) {
            assertThat(body.path("answer").asText()).contains("[" + c.path("n").asInt() + "]");
            assertVerbatim(c);
        }
    }

    @Test
    void anOffTopicQuestionIsRefusedAsOutsideTheField() {
        JsonNode body = Http.post(port, "/api/ask", Map.of("question", "Quelle est la recette de la pâte à crêpes ?")).body();
        assertThat(body.path("grounded").asBoolean()).isFalse();
        assertThat(body.path("citations").size()).isZero();
        assertThat(body.path("answer").asText()).contains("ne traitent pas de cette question", "sort du champ")
                .doesNotContain("sources les plus proches");
        JsonNode english = Http.post(port, "/api/ask", Map.of("question", "What is the best recipe for pancakes?")).body();
        assertThat(english.path("answer").asText()).contains("outside Paritaire's field");
        assertThat(body.path("decision").path("verdict").asText()).isEqualTo("refuse");
    }

    @Test
    void aRefusalSaysWhatTheDocumentsCoverAndWhatTheyDoNot() {
        JsonNode body = Http.post(port, "/api/ask", Map.of("question", "How much EU money did the SeCoIA Deal project receive?")).body();
        assertThat(body.path("grounded").asBoolean()).isFalse();
        assertThat(body.path("citations").size()).isZero();
        JsonNode decision = body.path("decision");
        assertThat(decision.path("verdict").asText()).isEqualTo("refuse");
        assertThat(decision.path("missing").toString()).contains("an amount");
        assertThat(decision.path("covered").toString()).contains("SeCoIA");
        assertThat(body.path("answer").asText()).contains("SeCoIA").contains("do not give an amount");
    }

    @Test
    void aQuestionAboutAnOrganisationTheDocumentsDoNotCoverIsRefusedNotAnsweredAboutANeighbour() {
        JsonNode body = Http.post(port, "/api/ask", Map.of("question",
                "Qu'a dit le syndicat italien FIOM-CGIL sur la surveillance algorithmique des salariés ?")).body();
        assertThat(body.path("grounded").asBoolean()).isFalse();
        assertThat(body.path("decision").path("missing").toString()).contains("FIOM");
    }

    @Test
    void anAnsweredQuestionSaysSoInItsDecision() {
        JsonNode body = Http.post(port, "/api/ask", Map.of("question", "Qui pilote le projet SeCoIA Deal ?")).body();
        assertThat(body.path("grounded").asBoolean()).isTrue();
        assertThat(body.path("decision").path("verdict").asText()).isEqualTo("answer");
        assertThat(body.path("decision").path("missing").size()).isZero();
        assertThat(body.path("standaloneQuestion").asText()).isEqualTo("Qui pilote le projet SeCoIA Deal ?");
        assertThat(body.path("verification").path("invalidCitations").asInt()).isZero();
    }

    @Test
    void aFollowUpIsSearchedWithTheTopicOfThePreviousTurn() {
        JsonNode first = Http.post(port, "/api/ask", Map.of("question", "Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?")).body();
        String conversation = first.path("conversationId").asText();
        JsonNode followUp = Http.post(port, "/api/ask", Map.of("question", "Et pour une entreprise de 30 salariés ?",
                "conversationId", conversation)).body();
        assertThat(followUp.path("conversationId").asText()).isEqualTo(conversation);
        assertThat(followUp.path("standaloneQuestion").asText())
                .contains("CSE").contains("outil d'IA").contains("30 salariés");
        // The same follow-up in a new conversation has no topic to carry over.
        JsonNode alone = Http.post(port, "/api/ask", Map.of("question", "Et pour une entreprise de 30 salariés ?")).body();
        assertThat(alone.path("standaloneQuestion").asText()).isEqualTo("Et pour une entreprise de 30 salariés ?");
        assertThat(alone.path("conversationId").asText()).isNotEqualTo(conversation);
    }

    @Test
    void theStreamSendsVerifiedPiecesThenTheWholeAnswerAsAskReturnsIt() throws Exception {
        String question = "Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?";
        Http.Text stream = Http.postForText(port, "/api/ask/stream", Map.of("question", question));
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        StringBuilder deltas = new StringBuilder();
        JsonNode done = null;
        String event = null;
        for (String line : stream.body().split("\n")) {
            if (line.startsWith("event:")) event = line.substring(6).strip();
            else if (line.startsWith("data:")) {
                JsonNode data = Http.JSON.readTree(line.substring(5));
                if ("delta".equals(event)) deltas.append(data.path("text").asText());
                else if ("done".equals(event)) done = data;
            }
        }
        assertThat(done).as("done event").isNotNull();
        assertThat(deltas.toString()).isEqualTo(done.path("answer").asText());
        JsonNode ask = Http.post(port, "/api/ask", Map.of("question", question)).body();
        assertThat(done.path("grounded")).isEqualTo(ask.path("grounded"));
        assertThat(done.path("citations")).isEqualTo(ask.path("citations"));
        assertThat(done.path("answer")).isEqualTo(ask.path("answer"));
        assertThat(Http.postForText(port, "/api/ask/stream", Map.of("question", " ")).status()).isEqualTo(400);
    }

    @Test
    void anEnglishQuestionGetsAnEnglishFrameAroundFrenchQuotes() {
        JsonNode body = Http.post(port, "/api/ask", Map.of("question", "Who is behind the DIALIA project and who co-funds it?")).body();
        assertThat(body.path("grounded").asBoolean()).isTrue();
        assertThat(body.path("answer").asText()).startsWith("Here is what the documents say");
        assertThat(body.path("citations").get(0).path("source").asText()).startsWith("dialia");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("/api/ask", "{\"question\": \"\"}", "must not be empty"),
                Arguments.of("/api/ask", "{\"question\": \"   \"}", "must not be empty"),
                Arguments.of("/api/ask", "{}", "must not be empty"),
                Arguments.of("/api/ask", "{\"question\": \"" + "a".repeat(4001) + "\"}", "too long"),
                Arguments.of("/api/ask", "{\"question\": \"Et le CSE ?\", \"role\": \"ministre\"}", "role must be one of"),
                Arguments.of("/api/ask", "{\"question\": ", "not valid JSON"),
                Arguments.of("/api/search", "{\"query\": \"\"}", "must not be empty"),
                Arguments.of("/api/search", "{\"query\": \"CSE\", \"limit\": 0}", "limit must be between 1 and 50"),
                Arguments.of("/api/search", "{\"query\": \"CSE\", \"limit\": 51}", "limit must be between 1 and 50"),
                Arguments.of("/api/search", "{\"query\": \"" + "a".repeat(4001) + "\"}", "too long"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void badRequestsGetA400ProblemDetailSayingWhatIsWrong(String path, String json, String expected) {
        Http.Reply reply = Http.post(port, path, json);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("status").asInt()).isEqualTo(400);
        assertThat(reply.body().path("detail").asText()).contains(expected);
    }

    @Test
    void onTheDevSetEveryQuoteIsVerbatimAndUnanswerableQuestionsAreRefused() throws Exception {
        List<EvalItem> dev = EvalItem.load(CorpusFixture.evalSet("dev"));
        int unanswerable = 0;
        int refused = 0;
        int answered = 0;
        for (EvalItem item : dev) {
            Map<String, Object> request = new java.util.HashMap<>();
            request.put("question", item.question());
            request.put("role", item.role());
            JsonNode body = Http.post(port, "/api/ask", request).body();
            boolean grounded = body.path("grounded").asBoolean();
            if (!item.answerable()) {
                unanswerable++;
                if (!grounded) refused++;
            } else if (grounded) {
                answered++;
            }
            for (JsonNode c : body.path("citations")) assertVerbatim(c);
        }
        assertThat(refused).as("unanswerable dev questions refused").isEqualTo(unanswerable);
        assertThat(answered).as("answerable dev questions answered").isGreaterThanOrEqualTo(33);
    }

    @Test
    void searchResultsAndCitationsSayWhetherTheyBindAndFiltersApply() {
        String question = "Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?";
        JsonNode results = Http.post(port, "/api/search", Map.of("query", question, "limit", 10)).body().path("results");
        assertThat(results.size()).isPositive();
        for (JsonNode r : results) assertThat(r.path("authority").asText()).isIn("law", "agreement", "guidance", "study", "position", "example", "other");
        assertThat(results.findValuesAsText("authority")).contains("law");

        JsonNode law = Http.post(port, "/api/search", Map.of("query", question, "limit", 10,
                "filter", Map.of("authorities", List.of("law")))).body().path("results");
        assertThat(law.size()).isPositive();
        assertThat(law.findValuesAsText("authority")).containsOnly("law");
        JsonNode dated = Http.post(port, "/api/search", Map.of("query", question, "limit", 10, "examples", true,
                "filter", Map.of("from", "2026-01-01"))).body().path("results");
        assertThat(dated.findValuesAsText("source")).isNotEmpty()
                .allSatisfy(s -> assertThat(s).isIn("accords/accord-mutuelle-ligerienne-systemes-ia-2026.docx",
                        "accords/accord-groupe-solvea-relation-client-ia-2026.html"));

        JsonNode answer = Http.post(port, "/api/ask", Map.of("question", question)).body();
        for (JsonNode c : answer.path("citations")) assertThat(c.path("authority").asText()).isNotBlank();
        JsonNode guidesOnly = Http.post(port, "/api/ask", Map.of("question", question,
                "filter", Map.of("authorities", List.of("guidance")))).body();
        assertThat(guidesOnly.path("citations").findValuesAsText("authority")).containsOnly("guidance");

        Http.Reply bad = Http.post(port, "/api/search", Map.of("query", question, "filter", Map.of("authorities", List.of("binding"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("detail").asText()).contains("authority must be one of");
    }

    private static void assertVerbatim(JsonNode citation) throws Exception {
        Path file = CorpusFixture.corpus().resolve(citation.path("source").asText());
        String source;
        try (TextExtractor extractor = new TextExtractor(ExtractionProperties.defaults())) {
            source = EvidenceMatch.normalize(SourceText.of(file, extractor));
        }
        String quote = EvidenceMatch.normalize(citation.path("quote").asText());
        assertThat(quote).isNotBlank();
        assertThat(source).as("quote [%s] verbatim in %s", citation.path("n").asInt(), file.getFileName()).contains(quote);
    }
}
