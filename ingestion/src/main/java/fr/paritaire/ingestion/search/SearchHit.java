package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.Passage;

/**
 * One ranked result of a search.
 *
 * @param vectorRank 1-based rank on the vector side, 0 when absent from it
 * @param lexicalRank 1-based rank on the lexical side, 0 when absent from it
 */
public record SearchHit(int rank, Passage passage, double score, int vectorRank, int lexicalRank, double vectorSimilarity) {

    /** The same hit at another rank (hits merged into, or filtered out of, a list are renumbered). */
    public SearchHit ranked(int newRank) {
        return newRank == rank ? this : new SearchHit(newRank, passage, score, vectorRank, lexicalRank, vectorSimilarity);
    }
}
