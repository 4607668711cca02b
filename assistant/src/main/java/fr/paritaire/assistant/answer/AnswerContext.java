package fr.paritaire.assistant.answer;

import fr.paritaire.assistant.decide.Decision;
import fr.paritaire.ingestion.search.Retrieval;
import java.util.List;

/**
 * Everything an answerer may use: the question as asked, what was retrieved for it (with the question's analysis),
 * the answerability decision, and the conversation so far (oldest first).
 */
public record AnswerContext(Question question, Retrieval retrieval, Decision decision, List<Exchange> history) {

    /** One earlier question of the conversation and the answer it got. */
    public record Exchange(String question, String answer) {
    }

    public AnswerContext {
        history = List.copyOf(history);
    }

    public String language() {
        return question.language();
    }
}
