package fr.paritaire.assistant.slack;

import java.util.List;

/**
 * An answer as Slack shows it, independent of the answering core's own types (only {@link SlackAnswers} knows those).
 *
 * @param id this reply's id, carried by its buttons
 * @param grounded false when the documents do not support the answer
 * @param partial the documents support only part of it; {@code missing} says what they don't cover
 */
record SlackReply(String id, String question, String role, String language, String text, boolean grounded,
                  boolean partial, List<String> missing, List<Source> sources, String conversationId) {

    /**
     * One quoted source: [n] title — article, section or page — and the verbatim quote; the passage and document ids
     * are not shown, only kept with feedback so a reviewer can find the passage.
     */
    record Source(int n, String passageId, String documentId, String title, String section, String article, Integer page,
                  String quote) {
    }
}
