package fr.paritaire.ingestion;

import java.time.Instant;
import java.util.List;

/**
 * A document as stored in the knowledge base: where it came from, what it contained (hash), what it is called.
 * {@code aliases} lists other paths whose content is byte-identical: they are stored once. {@code pipeline} fingerprints
 * how the document was cut into passages (code version, chunking settings and its metadata): a change re-ingests it.
 * {@code metadata}: its authority, level and date (see {@link DocumentMetadata}).
 */
public record SourceDocument(
        String id,
        String source,
        String contentHash,
        String pipeline,
        String title,
        String contentType,
        String language,
        Instant ingestedAt,
        List<String> aliases,
        DocumentMetadata metadata) {

    public SourceDocument {
        if (metadata == null) metadata = DocumentMetadata.UNKNOWN;
    }

    public SourceDocument(String id, String source, String contentHash, String pipeline, String title, String contentType,
                          String language, Instant ingestedAt, List<String> aliases) {
        this(id, source, contentHash, pipeline, title, contentType, language, ingestedAt, aliases, DocumentMetadata.UNKNOWN);
    }
}
