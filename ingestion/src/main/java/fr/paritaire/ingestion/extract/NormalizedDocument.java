package fr.paritaire.ingestion.extract;

import java.util.List;

/** Clean text of a document as blocks, with the title derived from its content. */
public record NormalizedDocument(String title, String language, List<Block> blocks) {
}
