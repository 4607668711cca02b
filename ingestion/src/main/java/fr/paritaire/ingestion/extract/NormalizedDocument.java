package fr.paritaire.ingestion.extract;

import java.util.List;

/**
 * Clean text of a document as blocks, with the title derived from its content.
 *
 * @param example the document says at its start that it is a fictional example (a model agreement for training)
 */
public record NormalizedDocument(String title, String language, List<Block> blocks, boolean example) {
}
