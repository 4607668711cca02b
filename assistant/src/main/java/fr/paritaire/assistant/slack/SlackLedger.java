package fr.paritaire.assistant.slack;

/**
 * What the Slack channel must remember across retries, instances and restarts: the events it has taken on (so each is
 * answered once) and the threads it answered (a reply there continues the conversation). Its 👍/👎 clicks go to the
 * shared {@link fr.paritaire.assistant.feedback.FeedbackStore}, with every other channel's.
 */
interface SlackLedger {

    /**
     * Records that this event (keyed by the message it is about) is being answered; true only for the first caller,
     * whichever the instance — a Slack retry or a second event for the same message gets false.
     */
    boolean claim(String key, String eventId);

    void rememberThread(String channel, String threadTs);

    boolean isAnsweredThread(String channel, String threadTs);
}
