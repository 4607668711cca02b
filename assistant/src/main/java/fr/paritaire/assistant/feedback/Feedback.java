package fr.paritaire.assistant.feedback;

import fr.paritaire.assistant.answer.Citation;
import java.time.Instant;
import java.util.List;

/**
 * One 👍 or 👎 on an answer, with what was asked and answered, so a reviewer can read it without the conversation.
 *
 * @param channel where it was given: {@code web}, {@code slack}
 * @param vote {@code up} or {@code down}
 * @param comment what the person added, or null
 * @param verdict the answer's decision: {@code answer}, {@code partial} or {@code refuse}
 * @param citations the sources shown with the answer
 */
public record Feedback(Instant at, String channel, String vote, String comment, String conversationId, String question,
                       String answer, String verdict, boolean grounded, List<Citation> citations) {

    public static final String UP = "up";
    public static final String DOWN = "down";

    public Feedback {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
