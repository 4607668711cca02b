package fr.paritaire.assistant.ask;

/**
 * A question from any channel.
 *
 * @param role {@code delegate}, {@code employer}, {@code trainer} or null
 * @param conversationId the conversation it continues; null or blank starts one
 * @param filter authorities, documents and dates the answer may draw on; null: all
 */
public record AskRequest(String question, String role, String conversationId, Filters filter) {

    public AskRequest {
        if (filter == null) filter = Filters.NONE;
    }

    public AskRequest(String question, String role, String conversationId) {
        this(question, role, conversationId, Filters.NONE);
    }

    public static AskRequest of(String question) {
        return new AskRequest(question, null, null);
    }
}
