package fr.paritaire.ingestion.store;

/**
 * How much a match weighs outside the passage body.
 *
 * @param heading a question word found in the document title or section heading
 * @param article the question names the passage's legal article
 */
public record LexicalFieldBoosts(float heading, float article) {
}
