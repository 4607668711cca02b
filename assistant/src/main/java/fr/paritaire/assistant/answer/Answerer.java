package fr.paritaire.assistant.answer;

/**
 * Writes an answer from the passages retrieved for a question that the answerability decision lets through. Every
 * answerer's draft passes the same verification gate; an answerer never decides alone that the documents answer.
 */
public interface Answerer {

    /** The answer mode this answerer produces, as the API reports it. */
    String mode();

    Draft draft(AnswerContext context);

    /**
     * The same draft, written to {@code sink} as it is produced (a chat model streams it); an answerer that writes
     * all at once writes nothing there. May throw {@link ChatModelUnavailable}.
     */
    default Draft draft(AnswerContext context, DraftSink sink) {
        return draft(context);
    }
}
