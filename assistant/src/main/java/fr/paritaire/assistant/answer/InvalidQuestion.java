package fr.paritaire.assistant.answer;

/** A question or search request that cannot be processed as sent: empty, too long, or with bad parameters. */
public class InvalidQuestion extends RuntimeException {

    public InvalidQuestion(String message) {
        super(message);
    }
}
