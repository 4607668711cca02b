package fr.paritaire.assistant.answer;

import fr.paritaire.assistant.decide.Decision;
import java.util.List;

/**
 * An answer that passed the verification gate, and the citations it rests on. {@code grounded} is true only when the
 * documents answer the question as asked; a partial answer or a refusal is not grounded, and {@code decision} says
 * which and what the documents do not cover.
 *
 * @param mode {@code extractive} (quotes chosen from passages), {@code generative} (a chat model wrote the text) or
 *             {@code extractive-fallback} (the chat model failed; quotes instead)
 * @param verification what the gate checked and dropped
 */
public record Answer(String answer, boolean grounded, String mode, List<Citation> citations, String language,
                     Decision decision, VerificationReport verification) {

    public static final String EXTRACTIVE = "extractive";
    public static final String GENERATIVE = "generative";
    public static final String EXTRACTIVE_FALLBACK = "extractive-fallback";

    public Answer {
        citations = List.copyOf(citations);
    }
}
