package fr.paritaire.ingestion.store;

import java.util.List;
import java.util.Set;

/**
 * The lexical side of a question: analysed terms with weights (expansions weigh less than the user's own words),
 * the plain words they came from (for stores that analyse on their own, such as PostgreSQL), and the legal
 * articles the question names, normalised ("L2312-8"), and whether it asks for a legal basis ("quel article ?",
 * "est-ce obligatoire ?").
 */
public record LexicalQuery(String text, List<WeightedTerm> terms, Set<String> articles, boolean asksLegalBasis) {

    public record WeightedTerm(String analyzed, String word, float weight) {
    }

    public boolean isEmpty() {
        return terms.isEmpty() && articles.isEmpty();
    }
}
