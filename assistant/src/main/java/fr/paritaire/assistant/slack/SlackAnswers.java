package fr.paritaire.assistant.slack;

import fr.paritaire.assistant.answer.Answer;
import fr.paritaire.assistant.answer.AnsweringService;
import fr.paritaire.assistant.config.KnowledgeBaseState;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The one place the Slack channel calls the answering service: everything else sees {@link SlackReply}. */
@Component
@Profile("slack")
class SlackAnswers {

    private final AnsweringService answering;
    private final KnowledgeBaseState state;

    SlackAnswers(AnsweringService answering, KnowledgeBaseState state) {
        this.answering = answering;
        this.state = state;
    }

    /** Answers a question of a Slack conversation (a thread: {@code slack:<channel>:<thread_ts>}). */
    SlackReply ask(String question, String role, String conversationId) {
        state.requireLoaded();
        Answer answer = answering.answer(question, role);
        List<SlackReply.Source> sources = answer.citations().stream()
                .map(c -> new SlackReply.Source(c.n(), c.title(), c.section(), c.article(), c.page(), c.quote()))
                .toList();
        return new SlackReply(UUID.randomUUID().toString(), question, role, answer.language(), answer.answer(),
                answer.grounded(), false, List.of(), sources, conversationId);
    }
}
