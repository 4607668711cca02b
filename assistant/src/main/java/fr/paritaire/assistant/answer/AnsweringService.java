package fr.paritaire.assistant.answer;

import fr.paritaire.assistant.grounding.CitationVerifier;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.extract.LanguageGuess;
import fr.paritaire.ingestion.search.HybridSearch;
import fr.paritaire.ingestion.search.QuestionCoverage;
import fr.paritaire.ingestion.search.SearchHit;
import fr.paritaire.ingestion.search.SearchMode;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Service;

/**
 * The one answering service behind every channel (web, REST, Slack): retrieve passages, answer from them, verify every
 * citation against what was retrieved.
 */
@Service
public class AnsweringService {

    private final HybridSearch search;
    private final ExtractiveAnswerer extractive;
    private final CitationVerifier verifier;
    private final AnswerProperties properties;

    public AnsweringService(HybridSearch search, ExtractiveAnswerer extractive, CitationVerifier verifier,
                            AnswerProperties properties) {
        this.search = search;
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
        QuestionCoverage scorer = search.coverage(question.text());
        boolean asksLegalBasis = search.queryAnalyzer().asksLegalBasis(question.text());
        ToDoubleFunction<Passage> focus = p -> search.focus().of(scorer, null, p);
        Answer answer = extractive.answer(question, hits, scorer, focus, asksLegalBasis);
        verifier.verify(answer, hits.stream().map(SearchHit::passage).toList());
        return answer;
    }
}
