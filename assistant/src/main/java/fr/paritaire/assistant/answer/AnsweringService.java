package fr.paritaire.assistant.answer;

import fr.paritaire.ingestion.search.QuestionCoverage;

import fr.paritaire.assistant.grounding.CitationVerifier;
import fr.paritaire.ingestion.extract.LanguageGuess;
import fr.paritaire.ingestion.search.HybridSearch;
import fr.paritaire.ingestion.search.SearchHit;
import fr.paritaire.ingestion.search.SearchMode;
import fr.paritaire.ingestion.store.KnowledgeBase;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The one answering service behind every channel (web, REST, Slack): retrieve passages, answer from them, verify every
 * citation against what was retrieved.
 */
@Service
public class AnsweringService {

    private final HybridSearch search;
    private final KnowledgeBase knowledgeBase;
    private final ExtractiveAnswerer extractive;
    private final CitationVerifier verifier;
    private final AnswerProperties properties;

    public AnsweringService(HybridSearch search, KnowledgeBase knowledgeBase, ExtractiveAnswerer extractive,
                            CitationVerifier verifier, AnswerProperties properties) {
        this.search = search;
        this.knowledgeBase = knowledgeBase;
        this.extractive = extractive;
        this.verifier = verifier;
        this.properties = properties;
    }

    public Answer answer(String questionText, String role) {
        Question question = Question.of(questionText, role, LanguageGuess.of(questionText));
        boolean examples = search.queryAnalyzer().asksForExamples(question.text());
        List<SearchHit> hits = search.withCitedArticles(
                search.search(question.text(), properties.passages(), SearchMode.HYBRID, examples),
                properties.passages(), properties.citedArticles());
        QuestionCoverage scorer = new QuestionCoverage(question.text(), search.queryAnalyzer(), knowledgeBase);
        boolean asksLegalBasis = search.queryAnalyzer().asksLegalBasis(question.text());
        Answer answer = extractive.answer(question, hits, scorer, asksLegalBasis);
        verifier.verify(answer, hits.stream().map(SearchHit::passage).toList());
        return answer;
    }
}
