package fr.paritaire.assistant.web;

import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.assistant.answer.InvalidQuestion;
import fr.paritaire.assistant.feedback.Feedback;
import fr.paritaire.assistant.feedback.FeedbackStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/feedback}: a 👍/👎 on a web answer, with an optional comment, kept with the answer it is about in
 * the store Slack's votes go to as well.
 */
@RestController
@RequestMapping("/api")
class FeedbackController {

    static final int MAX_COMMENT = 2000;
    static final int MAX_TEXT = 20_000;

    private final FeedbackStore store;

    FeedbackController(FeedbackStore store) {
        this.store = store;
    }

    record FeedbackRequest(String vote, String comment, String conversationId, String question, String answer,
                           String verdict, Boolean grounded, List<Citation> citations) {
    }

    @PostMapping("/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> feedback(@RequestBody(required = false) FeedbackRequest r) {
        if (r == null) throw new InvalidQuestion("request body must be JSON: {\"vote\": \"up|down\", \"question\": \"...\", ...}");
        if (!Feedback.UP.equals(r.vote()) && !Feedback.DOWN.equals(r.vote())) {
            throw new InvalidQuestion("vote must be 'up' or 'down' (got '" + r.vote() + "')");
        }
        if (r.question() == null || r.question().isBlank()) throw new InvalidQuestion("question is required: what was asked");
        if (r.comment() != null && r.comment().length() > MAX_COMMENT) {
            throw new InvalidQuestion("comment is limited to " + MAX_COMMENT + " characters");
        }
        if (r.question().length() > MAX_TEXT || (r.answer() != null && r.answer().length() > MAX_TEXT)) {
            throw new InvalidQuestion("question and answer are limited to " + MAX_TEXT + " characters");
        }
        String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        store.save(new Feedback(Instant.now(), Feedback.WEB, r.vote(), comment, r.conversationId(), r.question().strip(),
                r.answer(), r.verdict(), Boolean.TRUE.equals(r.grounded()), r.citations(), null));
        return Map.of("saved", true);
    }
}
