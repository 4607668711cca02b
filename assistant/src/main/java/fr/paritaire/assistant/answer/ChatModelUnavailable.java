package fr.paritaire.assistant.answer;

/**
 * The chat model gave no usable answer: timeout, HTTP error, malformed or cut stream, empty output, or skipped during
 * a cool-down after repeated failures. The answering service falls back to the extractive answer.
 */
public class ChatModelUnavailable extends RuntimeException {

    public ChatModelUnavailable(String reason) {
        super("Chat model unavailable: " + reason);
    }

    public ChatModelUnavailable(String reason, Throwable cause) {
        super("Chat model unavailable: " + reason + " (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage())) + ")", cause);
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
