package fr.paritaire.assistant.slack;

import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.assistant.feedback.Feedback;
import java.time.Instant;

/** A 👍/👎 click as the shared feedback store keeps it: channel {@code slack}, the Slack user id only hashed. */
final class SlackVote {

    private SlackVote() {
    }

    static Feedback of(SlackReply reply, boolean helpful, String userId) {
        String verdict = reply.partial() ? "partial" : reply.grounded() ? "answer" : "refuse";
        return new Feedback(Instant.now(), Feedback.SLACK, helpful ? Feedback.UP : Feedback.DOWN, null,
                reply.conversationId(), reply.question(), reply.text(), verdict, reply.grounded(),
                reply.sources().stream().map(SlackVote::citation).toList(), Feedback.hashUser(userId));
    }

    private static Citation citation(SlackReply.Source s) {
        return new Citation(s.n(), s.passageId(), s.documentId(), s.title(), null, s.section(), s.article(), s.page(), s.quote());
    }
}
