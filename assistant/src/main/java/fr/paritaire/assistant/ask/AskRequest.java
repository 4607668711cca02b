package fr.paritaire.assistant.ask;

/**
 * A question from any channel.
 *
 * @param role {@code delegate}, {@code employer}, {@code trainer} or null
 * @param conversationId the conversation it continues; null or blank starts one
 */
public record AskRequest(String question, String role, String conversationId) {

    public static AskRequest of(String question) {
        return new AskRequest(question, null, null);
    }
}
