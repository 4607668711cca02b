package fr.paritaire.assistant.ask;

import fr.paritaire.assistant.answer.Answer;
import fr.paritaire.assistant.answer.AnswerContext;
import fr.paritaire.assistant.answer.AnswerProperties;
import fr.paritaire.assistant.answer.Answerer;
import fr.paritaire.assistant.answer.ChatModelUnavailable;
import fr.paritaire.assistant.answer.Draft;
import fr.paritaire.assistant.answer.Question;
import fr.paritaire.assistant.answer.Refusals;
import fr.paritaire.assistant.role.SourcePolicy;
import fr.paritaire.assistant.conversation.Conversations;
import fr.paritaire.assistant.conversation.FollowUps;
import fr.paritaire.assistant.decide.Answerability;
import fr.paritaire.assistant.decide.Decision;
import fr.paritaire.assistant.grounding.VerificationGate;
import fr.paritaire.assistant.grounding.Verified;
import fr.paritaire.assistant.grounding.VerifyingStream;
import fr.paritaire.ingestion.search.Retrieval;
import fr.paritaire.ingestion.search.Retriever;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one answering service behind every channel (web, REST, Slack): make a follow-up standalone, retrieve, decide
 * whether the documents answer, draft, verify — in that order, for every answerer.
 */
@Service
public class AnsweringService {

    private static final Logger log = LoggerFactory.getLogger(AnsweringService.class);

    private final Retriever retriever;
    private final Answerability answerability;
    private final Answerer answerer;
    private final VerificationGate gate;
    private final Refusals refusals;
    private final Conversations conversations;
    private final FollowUps followUps;
    private final AnswerProperties properties;
    private final ExtractiveFallback fallback;
    private final SourcePolicy sources;

    public AnsweringService(Retriever retriever, Answerability answerability, Answerer answerer, VerificationGate gate,
                            Refusals refusals, Conversations conversations, FollowUps followUps,
                            AnswerProperties properties, ExtractiveFallback fallback, SourcePolicy sources) {
        this.fallback = fallback;
        this.sources = sources;
        this.retriever = retriever;
        this.answerability = answerability;
        this.answerer = answerer;
        this.gate = gate;
        this.refusals = refusals;
        this.conversations = conversations;
        this.followUps = followUps;
        this.properties = properties;
    }

    public Reply ask(AskRequest request) {
        return ask(request, null);
    }

    /**
     * Answers, handing each verified piece of the answer to {@code verified} as soon as it has passed the gate (the
     * streaming channels send them on); the reply is the whole answer, the same as {@link #ask(AskRequest)} returns.
     * Nothing is handed on that is later withdrawn.
     */
    public Reply ask(AskRequest request, java.util.function.Consumer<String> verified) {
        Question asked = Question.of(request.question(), request.role(), null);
        String conversationId = Conversations.idOrNew(request.conversationId());
        List<Conversations.Turn> history = conversations.history(conversationId);
        String standalone = followUps.standalone(asked.text(), history);
        Retrieval retrieval = sources.retrieve(retriever, standalone, asked.role(), request.filter().toSearchFilter());
        // The language is the analysis's, made once with the retrieval.
        Question question = new Question(asked.text(), asked.role(), retrieval.question().language());
        StringBuilder sent = new StringBuilder();
        java.util.function.Consumer<String> out = verified == null ? null : piece -> {
            sent.append(piece);
            verified.accept(piece);
        };
        Answer answer = answer(question, retrieval, history, out);
        if (verified != null) sendRest(answer.answer(), sent.toString(), verified);
        conversations.record(conversationId, new Conversations.Turn(question.text(), standalone, answer.answer()));
        return new Reply(answer, conversationId, standalone);
    }

    /** Hands on the part of the answer not streamed yet (all of it, for an answer written at once), line by line. */
    private static void sendRest(String answer, String sent, java.util.function.Consumer<String> verified) {
        if (!answer.startsWith(sent)) {
            log.error("Streamed text is not the start of the answer; nothing more is streamed. Sent: {}", sent);
            return;
        }
        for (String piece : pieces(answer.substring(sent.length()))) verified.accept(piece);
    }

    /** An answer's text in the pieces a stream sends: its lines, each with the line break that ends it. */
    private static List<String> pieces(String text) {
        List<String> out = new java.util.ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) out.add(i + 1 < lines.length ? lines[i] + "\n" : lines[i]);
        out.removeIf(String::isEmpty);
        return out;
    }

    /** @param out where verified sentences go as they are verified; null when nobody is streaming */
    private Answer answer(Question question, Retrieval retrieval, List<Conversations.Turn> history,
                          java.util.function.Consumer<String> out) {
        Decision decision = answerability.decide(retrieval);
        if (!decision.answers()) return refusals.refuse(question, retrieval, decision, answerer.mode());
        List<AnswerContext.Exchange> exchanges = history.stream()
                .map(t -> new AnswerContext.Exchange(t.question(), t.answer())).toList();
        AnswerContext context = new AnswerContext(question, retrieval, decision, exchanges);
        VerifyingStream stream = gate.stream(retrieval.passages(), question.language(), out == null ? s -> { } : out);
        Draft draft;
        try {
            draft = out == null ? answerer.draft(context) : answerer.draft(context, stream);
        } catch (ChatModelUnavailable e) {
            log.warn("{}; extractive answer instead for: {}", e.getMessage(), question.text());
            return fallback.answer(context, stream.shown());
        }
        if (draft.declined()) {
            return refusals.refuse(question, retrieval, decision.refused("the chat model found the passages do not cover it"),
                    draft.mode());
        }
        Verified verified = stream.finish(draft);
        if (!verified.rejections().isEmpty()) log.warn("Verification rejected {} for: {}", verified.rejections(), question.text());
        if (verified.isEmpty() && draft.isWritten()) return fallback.answer(context, verified);
        if (verified.isEmpty()) {
            return refusals.refuse(question, retrieval, decision.refused("no citation survived verification"), draft.mode());
        }
        boolean grounded = decision.verdict() == Decision.Verdict.ANSWER;
        return new Answer(verified.text(), grounded, draft.mode(), verified.citations(), question.language(), decision,
                verified.report());
    }
}
