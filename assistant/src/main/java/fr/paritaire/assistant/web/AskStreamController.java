package fr.paritaire.assistant.web;

import fr.paritaire.assistant.answer.InvalidQuestion;
import fr.paritaire.assistant.answer.Question;
import fr.paritaire.assistant.ask.AnsweringService;
import fr.paritaire.assistant.ask.AskRequest;
import fr.paritaire.assistant.config.KnowledgeBaseState;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code POST /api/ask/stream}: the same body as {@code /api/ask}, answered as {@code text/event-stream}: {@code delta}
 * events {@code {"text": …}} carrying only verified text, as soon as it is verified, then one {@code done} event whose
 * data is the whole answer exactly as {@code /api/ask} returns it. Every answer mode uses this protocol. A request that
 * cannot be answered at all gets the same 4xx problem as {@code /api/ask}, before the stream opens.
 */
@RestController
@RequestMapping("/api")
class AskStreamController {

    private static final Logger log = LoggerFactory.getLogger(AskStreamController.class);
    private static final ExecutorService WORKERS = Executors.newVirtualThreadPerTaskExecutor();

    private final AnsweringService answering;
    private final KnowledgeBaseState state;

    AskStreamController(AnsweringService answering, KnowledgeBaseState state) {
        this.answering = answering;
        this.state = state;
    }

    @PostMapping(path = "/ask/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestBody(required = false) AskRequest request) {
        if (request == null) throw new InvalidQuestion("request body must be JSON: {\"question\": \"...\"}");
        Question.of(request.question(), request.role(), null);
        request.filter().toSearchFilter();
        state.requireLoaded();
        SseEmitter emitter = new SseEmitter(0L);
        WORKERS.submit(() -> {
            try {
                var reply = answering.ask(request, text -> send(emitter, "delta", Map.of("text", text)));
                send(emitter, "done", ApiController.AskResponse.of(reply));
                emitter.complete();
            } catch (RuntimeException e) {
                log.warn("Streamed answer failed for: {}", request.question(), e);
                send(emitter, "error", Map.of("detail", "La réponse n'a pas pu être produite ; réessayez dans un instant."));
                emitter.complete();
            }
        });
        return emitter;
    }

    private static void send(SseEmitter emitter, String event, Object data) {
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            throw new ClientGone(e);
        }
    }

    /** The client closed the stream: stop writing to it. */
    static final class ClientGone extends RuntimeException {
        ClientGone(Throwable cause) {
            super(cause);
        }
    }
}
