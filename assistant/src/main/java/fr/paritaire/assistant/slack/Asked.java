package fr.paritaire.assistant.slack;

/**
 * A question asked in Slack and where its answer goes.
 *
 * @param key what makes the question unique across retries and instances (the message it came in), or null when it
 *            cannot be delivered twice (slash commands are not retried)
 * @param threadTs the thread to answer in, or null to answer at the top of a direct message
 * @param responseUrl for a slash command: where its answer only the asker sees goes
 */
record Asked(Surface surface, String key, String eventId, String user, String channel, String threadTs,
             String question, String role, String responseUrl) {

    /** Where the question was asked: it decides how the answer is delivered. */
    enum Surface { MENTION, DIRECT_MESSAGE, THREAD_REPLY, ASSISTANT, COMMAND }

    /** The conversation this question belongs to: the Slack thread (or the direct message when not in a thread). */
    String conversationId() {
        return "slack:" + channel + (threadTs == null ? "" : ":" + threadTs);
    }

    /** The message key Slack retries and duplicate events share. */
    static String messageKey(String channel, String ts) {
        return "msg:" + channel + ":" + ts;
    }
}
