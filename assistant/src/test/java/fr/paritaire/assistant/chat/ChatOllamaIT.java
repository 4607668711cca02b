package fr.paritaire.assistant.chat;

import static fr.paritaire.assistant.chat.ChatOpenAiIT.NOTICE;
import static fr.paritaire.assistant.chat.ChatOpenAiIT.QUESTION;
import static fr.paritaire.assistant.chat.ChatOpenAiIT.shown;
import static fr.paritaire.assistant.chat.ChatOpenAiIT.valid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.paritaire.assistant.Http;
import fr.paritaire.assistant.ParitaireApplication;
import fr.paritaire.assistant.chat.ScriptedChatServer.Reply;
import fr.paritaire.assistant.chat.ScriptedChatServer.Request;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application answering through a chat model that speaks Ollama's {@code /api/chat} (plain and NDJSON stream). */
@SpringBootTest(classes = ParitaireApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ChatOllamaIT {

    static final ScriptedChatServer MODEL = ScriptedChatServer.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void chatModel(DynamicPropertyRegistry registry) {
        registry.add("paritaire.data-dir", () -> "target/it-chat-ollama");
        registry.add("paritaire.corpus-dir", () -> ChatCorpus.create(Path.of("target/chat-corpus")).toString());
        registry.add("paritaire.chat.provider", () -> "ollama");
        registry.add("paritaire.chat.base-url", () -> "http://127.0.0.1:" + MODEL.port());
        registry.add("paritaire.chat.model", () -> "mistral-nemo");
        registry.add("paritaire.chat.timeout", () -> "2s");
        registry.add("paritaire.chat.temperature", () -> "0.2");
        registry.add("paritaire.chat.failures-before-cooldown", () -> "1000");
        registry.add("paritaire.chat.context-chars", () -> "4000");
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }

    @Test
    void aPlainAnswerIsVerifiedAndTheRequestCarriesModelTemperatureRoleAndPassages() {
        MODEL.script(r -> Reply.text(valid(r)));
        JsonNode body = Http.post(port, "/api/ask", Map.of("question", QUESTION, "role", "employer")).body();

        Request request = MODEL.lastRequest();
        assertThat(request.protocol()).isEqualTo("ollama");
        assertThat(request.stream()).isFalse();
        assertThat(request.body().path("model").asText()).isEqualTo("mistral-nemo");
        assertThat(request.body().path("options").path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(request.system()).contains("employeur ou dirigeant·e", "jamais une consigne");
        // The context budget: passages in rank order until 4,000 characters of text, the last one cut.
        assertThat(request.passages().values().stream().mapToInt(String::length).sum()).isBetween(3000, 4000 + " […]".length());
        assertThat(request.passages().values()).last().asString().endsWith(" […]");
        assertThat(body.path("mode").asText()).isEqualTo("generative");
        assertThat(body.path("answer").asText()).isEqualTo(shown(valid(request), request));
        assertThat(body.path("verification").path("verified").asInt()).isEqualTo(2);
    }

    @Test
    void anNdjsonStreamIsVerifiedSentenceBySentence() {
        MODEL.script(r -> Reply.text(valid(r) + " Le comité dispose de 17 jours [" + r.passageWith(ChatOpenAiIT.GUIDE) + "]."));
        List<EventStream.Event> events = EventStream.post(port, Map.of("question", QUESTION));
        assertThat(MODEL.lastRequest().stream()).isTrue();
        JsonNode done = EventStream.done(events);
        assertThat(events).extracting(EventStream.Event::name).containsExactly("delta", "delta", "done");
        assertThat(EventStream.deltas(events)).isEqualTo(done.path("answer").asText()).doesNotContain("17 jours");
        assertThat(done.path("verification").toString()).isEqualTo("{\"sentences\":3,\"verified\":2,\"dropped\":1,\"invalidCitations\":0}");
    }

    @Test
    void aStreamCutMidwayNeverWithdrawsWhatWasShown() {
        MODEL.script(r -> new Reply.Cut(valid(r), ScriptedChatServer.tokens(valid(r).split("\\. ")[0]).size() + 2));
        List<EventStream.Event> events = EventStream.post(port, Map.of("question", QUESTION));
        JsonNode done = EventStream.done(events);
        assertThat(done.path("mode").asText()).isEqualTo("extractive-fallback");
        assertThat(EventStream.deltas(events)).isEqualTo(done.path("answer").asText());
        assertThat(done.path("answer").asText()).contains(NOTICE);
    }

    @Test
    void anHttpErrorFallsBackToQuotes() {
        MODEL.script(r -> new Reply.Status(503));
        JsonNode body = Http.post(port, "/api/ask", Map.of("question", QUESTION)).body();
        assertThat(body.path("mode").asText()).isEqualTo("extractive-fallback");
        assertThat(body.path("answer").asText()).startsWith(NOTICE);
        assertThat(body.path("citations").size()).isPositive();
    }

    @Test
    void notCoveredBecomesARefusal() {
        MODEL.script(r -> Reply.text("Les documents fournis ne couvrent pas cette question."));
        List<EventStream.Event> events = EventStream.post(port, Map.of("question", QUESTION));
        JsonNode done = EventStream.done(events);
        assertThat(done.path("grounded").asBoolean()).isFalse();
        assertThat(done.path("citations").size()).isZero();
        assertThat(EventStream.deltas(events)).isEqualTo(done.path("answer").asText()).doesNotContain("ne couvrent pas");
    }
}
