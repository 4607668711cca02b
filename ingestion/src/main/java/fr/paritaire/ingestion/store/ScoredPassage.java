package fr.paritaire.ingestion.store;

import fr.paritaire.ingestion.Passage;

/** A passage with the score one retrieval side gave it; scores are comparable only within one result list. */
public record ScoredPassage(Passage passage, double score) {
}
