package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.Passage;
import java.util.List;
import java.util.stream.Stream;

/**
 * The passages retrieved for a question, best first, with what retrieval learned about the question.
 *
 * @param hits the passages retrieved for the question itself: they decide whether and how it is answered
 * @param supporting passages retrieved for what the asker's role needs beyond the question (a delegate's consultation
 *                   rights, an employer's steps): they may be quoted and cited for that, after the question's own
 */
public record Retrieval(QuestionAnalysis question, List<SearchHit> hits, List<SearchHit> supporting) {

    public Retrieval {
        hits = List.copyOf(hits);
        supporting = List.copyOf(supporting);
    }

    public Retrieval(QuestionAnalysis question, List<SearchHit> hits) {
        this(question, hits, List.of());
    }

    /** Every passage an answer may cite: the question's own, then the supporting ones. */
    public List<Passage> passages() {
        return Stream.concat(hits.stream(), supporting.stream()).map(SearchHit::passage).toList();
    }

    /** The question's own hits, then the supporting ones. */
    public List<SearchHit> allHits() {
        return Stream.concat(hits.stream(), supporting.stream()).toList();
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
