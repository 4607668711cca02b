package fr.paritaire.assistant.slack;

import fr.paritaire.assistant.answer.Answer;
import fr.paritaire.assistant.answer.AuthorityLabels;
import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.assistant.ask.AnsweringService;
import fr.paritaire.assistant.ask.AskRequest;
import fr.paritaire.assistant.ask.Reply;
import fr.paritaire.assistant.config.KnowledgeBaseState;
import fr.paritaire.assistant.decide.Decision;
import fr.paritaire.ingestion.Authority;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The one place the Slack channel calls the answering service: everything else sees {@link SlackReply}. */
@Component
@Profile("slack")
class SlackAnswers {

    private final AnsweringService answering;
    private final KnowledgeBaseState state;
    private final AuthorityLabels labels;

    SlackAnswers(AnsweringService answering, KnowledgeBaseState state, AuthorityLabels labels) {
        this.answering = answering;
        this.state = state;
        this.labels = labels;
    }

    /**
     * Answers a question of a Slack conversation — a thread, {@code slack:<channel>:<thread_ts>}, so that a reply in
     * the thread is a follow-up; null starts a conversation of its own.
     */
    SlackReply ask(String question, String role, String conversationId) {
        return ask(question, role, conversationId, verified -> { });
    }

    /** The same, handing each verified piece of the answer to {@code verified} as soon as it has passed the gate. */
    SlackReply ask(String question, String role, String conversationId, Consumer<String> verified) {
        state.requireLoaded();
        Reply reply = answering.ask(new AskRequest(question, role, conversationId), verified);
        Answer answer = reply.answer();
        List<SlackReply.Source> sources = answer.citations().stream()
                // Every source says what binds: law, agreement, guide, study, position — a sample agreement as fictional.
                .map(c -> new SlackReply.Source(c.n(), c.passageId(), c.documentId(),
                        labelled(c, answer.language()), c.section(), c.article(), c.page(), c.quote()))
                .toList();
        Decision decision = answer.decision();
        boolean partial = decision != null && decision.verdict() == Decision.Verdict.PARTIAL;
        List<String> missing = decision == null ? List.of() : decision.missing();
        return new SlackReply(UUID.randomUUID().toString(), question, role, answer.language(), answer.answer(),
                answer.grounded(), partial, missing, sources, reply.conversationId());
    }

    private String labelled(Citation c, String language) {
        if (c.authority() == null) return c.title();
        Authority authority = Authority.parse(c.authority());
        return c.title() + " (" + labels.label(authority, language) + ")";
    }
}
