package fr.paritaire.assistant.web;

import fr.paritaire.assistant.answer.Answer;
import fr.paritaire.assistant.answer.AnsweringService;
import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.assistant.answer.InvalidQuestion;
import fr.paritaire.assistant.answer.Question;
import fr.paritaire.assistant.config.KnowledgeBaseState;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.search.HybridSearch;
import fr.paritaire.ingestion.search.SearchHit;
import fr.paritaire.ingestion.search.SearchMode;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The REST contract other tools rely on: keep field names stable. */
@RestController
@RequestMapping("/api")
class ApiController {

    static final int MAX_LIMIT = 50;

    private final HybridSearch search;
    private final AnsweringService answering;
    private final KnowledgeBaseState state;

    ApiController(HybridSearch search, AnsweringService answering, KnowledgeBaseState state) {
        this.search = search;
        this.answering = answering;
        this.state = state;
    }

    /** {@code examples}: also search fictional example documents (default: only when the query asks for examples). */
    record SearchRequest(String query, Integer limit, Boolean examples) {
    }

    record SearchResult(int rank, String documentId, String title, String source, String section, String article,
                        Integer page, String text, double score) {
    }

    record SearchResponse(List<SearchResult> results) {
    }

    record AskRequest(String question, String role, String conversationId) {
    }

    record AskResponse(String answer, boolean grounded, String mode, List<Citation> citations, String conversationId) {
    }

    @PostMapping("/search")
    SearchResponse search(@RequestBody(required = false) SearchRequest request) {
        if (request == null) throw new InvalidQuestion("request body must be JSON: {\"query\": \"...\", \"limit\": 10}");
        Question query = Question.of(request.query(), null, null);
        int limit = request.limit() == null ? 10 : request.limit();
        if (limit < 1 || limit > MAX_LIMIT) throw new InvalidQuestion("limit must be between 1 and " + MAX_LIMIT + " (got " + limit + ")");
        state.requireLoaded();
        boolean examples = request.examples() != null ? request.examples() : search.queryAnalyzer().asksForExamples(query.text());
        return new SearchResponse(search.search(query.text(), limit, SearchMode.HYBRID, examples).stream()
                .map(ApiController::toResult).toList());
    }

    @PostMapping("/ask")
    AskResponse ask(@RequestBody(required = false) AskRequest request) {
        if (request == null) throw new InvalidQuestion("request body must be JSON: {\"question\": \"...\"}");
        Question.of(request.question(), request.role(), null);
        state.requireLoaded();
        Answer answer = answering.answer(request.question(), request.role());
        String conversation = request.conversationId() == null || request.conversationId().isBlank()
                ? UUID.randomUUID().toString() : request.conversationId();
        return new AskResponse(answer.answer(), answer.grounded(), answer.mode(), answer.citations(), conversation);
    }

    private static SearchResult toResult(SearchHit hit) {
        Passage p = hit.passage();
        return new SearchResult(hit.rank(), p.documentId(), p.title(), p.source(), p.section(), p.article(), p.page(),
                p.text(), hit.score());
    }
}
