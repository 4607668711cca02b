package fr.paritaire.assistant.web;

import fr.paritaire.assistant.answer.Answer;
import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.assistant.answer.InvalidQuestion;
import fr.paritaire.assistant.answer.Question;
import fr.paritaire.assistant.answer.VerificationReport;
import fr.paritaire.assistant.ask.AnsweringService;
import fr.paritaire.assistant.ask.AskRequest;
import fr.paritaire.assistant.ask.Filters;
import fr.paritaire.assistant.ask.Reply;
import fr.paritaire.assistant.config.KnowledgeBaseState;
import fr.paritaire.assistant.decide.Decision;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.search.Retriever;
import fr.paritaire.ingestion.search.SearchHit;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The REST contract other tools rely on: keep field names stable. */
@RestController
@RequestMapping("/api")
class ApiController {

    static final int MAX_LIMIT = 50;

    private final Retriever retriever;
    private final AnsweringService answering;
    private final KnowledgeBaseState state;

    ApiController(Retriever retriever, AnsweringService answering, KnowledgeBaseState state) {
        this.retriever = retriever;
        this.answering = answering;
        this.state = state;
    }

    /**
     * {@code examples}: also search fictional example documents (default: only when the query asks for examples);
     * {@code filter}: authorities, documents and dates (see {@link Filters}).
     */
    record SearchRequest(String query, Integer limit, Boolean examples, Filters filter) {
    }

    /** {@code authority}: law, agreement, guidance, study, position, example or other; {@code level}: an agreement's. */
    record SearchResult(int rank, String documentId, String title, String source, String section, String article,
                        Integer page, String text, double score, String authority, String level) {
    }

    record SearchResponse(List<SearchResult> results) {
    }

    /**
     * The answer as every client reads it ({@code /api/ask}, and the {@code done} event of {@code /api/ask/stream}).
     *
     * @param decision answer, partial or refuse, with what the documents cover and what they don't
     * @param standaloneQuestion what was searched: the question, or a follow-up with the earlier topic carried over
     */
    record AskResponse(String answer, boolean grounded, String mode, List<Citation> citations, String conversationId,
                       String language, Decision decision, String standaloneQuestion, VerificationReport verification) {

        static AskResponse of(Reply reply) {
            Answer a = reply.answer();
            return new AskResponse(a.answer(), a.grounded(), a.mode(), a.citations(), reply.conversationId(),
                    a.language(), a.decision(), reply.standaloneQuestion(), a.verification());
        }
    }

    @PostMapping("/search")
    SearchResponse search(@RequestBody(required = false) SearchRequest request) {
        if (request == null) throw new InvalidQuestion("request body must be JSON: {\"query\": \"...\", \"limit\": 10}");
        Question query = Question.of(request.query(), null, null);
        int limit = request.limit() == null ? 10 : request.limit();
        if (limit < 1 || limit > MAX_LIMIT) throw new InvalidQuestion("limit must be between 1 and " + MAX_LIMIT + " (got " + limit + ")");
        state.requireLoaded();
        Filters filter = request.filter() == null ? Filters.NONE : request.filter();
        Retriever.Request ranked = Retriever.Request.ranked(limit, request.examples()).filtered(filter.toSearchFilter());
        return new SearchResponse(retriever.retrieve(query.text(), ranked).hits().stream().map(ApiController::toResult).toList());
    }

    @PostMapping("/ask")
    AskResponse ask(@RequestBody(required = false) AskRequest request) {
        if (request == null) throw new InvalidQuestion("request body must be JSON: {\"question\": \"...\"}");
        Question.of(request.question(), request.role(), null);
        request.filter().toSearchFilter();
        state.requireLoaded();
        return AskResponse.of(answering.ask(request));
    }

    private static SearchResult toResult(SearchHit hit) {
        Passage p = hit.passage();
        return new SearchResult(hit.rank(), p.documentId(), p.title(), p.source(), p.section(), p.article(), p.page(),
                p.text(), hit.score(), p.authority().id(), p.level() == null ? null : p.level().id());
    }
}
