package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.Passage;
import java.util.List;

/** The passages retrieved for a question, best first, with what retrieval learned about the question. */
public record Retrieval(QuestionAnalysis question, List<SearchHit> hits) {

    public Retrieval {
        hits = List.copyOf(hits);
    }

    public List<Passage> passages() {
        return hits.stream().map(SearchHit::passage).toList();
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
