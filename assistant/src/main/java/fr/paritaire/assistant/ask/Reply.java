package fr.paritaire.assistant.ask;

import fr.paritaire.assistant.answer.Answer;

/**
 * The verified answer to a question, with the conversation it belongs to and the standalone question that was
 * searched (the question itself, or a follow-up with the earlier topic carried over).
 */
public record Reply(Answer answer, String conversationId, String standaloneQuestion) {
}
