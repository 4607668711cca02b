package fr.paritaire.ingestion.store;

import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.SourceDocument;
import fr.paritaire.ingestion.store.LexicalQuery;
import java.util.List;
import java.util.Map;

/**
 * The store behind search: documents with their passages and vectors. Replacing a document is atomic — a reader sees
 * the old passages or the new ones, never a mix — and survives a crash mid-way.
 */
public interface KnowledgeBase extends AutoCloseable {

    /** Refuses to work with a model other than the one the stored vectors were made with. */
    void checkEmbeddingModel(String modelId, int dimension) throws EmbeddingModelMismatch;

    /** Drops every document and records the new model, for a re-index with another embedding model. */
    void resetFor(String modelId, int dimension);

    /** Stored documents by source path (relative to the corpus). */
    Map<String, SourceDocument> documents();

    void replace(SourceDocument document, List<Passage> passages, List<float[]> vectors);

    void remove(String documentId);

    /** Nearest passages by vector similarity; passages of fictional examples only when {@code includeExamples}. */
    default List<ScoredPassage> vectorSearch(float[] query, int k, boolean includeExamples) {
        return vectorSearch(query, k, PassageFilter.examples(includeExamples));
    }

    /** Nearest passages by vector similarity among those the filter accepts. */
    List<ScoredPassage> vectorSearch(float[] query, int k, PassageFilter filter);

    /** Best passages by lexical relevance; passages of fictional examples only when {@code includeExamples}. */
    default List<ScoredPassage> lexicalSearch(LexicalQuery query, int k, boolean includeExamples) {
        return lexicalSearch(query, k, PassageFilter.examples(includeExamples));
    }

    /** Best passages by lexical relevance among those the filter accepts. */
    List<ScoredPassage> lexicalSearch(LexicalQuery query, int k, PassageFilter filter);

    int passageCount();

    /** In how many passages each analysed term occurs, for weighting rare words above common ones. */
    Map<String, Integer> documentFrequencies(java.util.Collection<String> analyzedTerms);

    /** In how many passages of one document each analysed term occurs. */
    Map<String, Integer> documentFrequenciesIn(String documentId, java.util.Collection<String> analyzedTerms);

    /** The ids of the documents whose passages use an analysed term, at most {@code limit} of them. */
    java.util.Set<String> documentsUsing(String analyzedTerm, int limit);

    /** Passages that are the given legal article ("L2312-8"), in any document. */
    List<Passage> passagesWithArticle(String article);

    /** All passages of one document, in order. */
    List<Passage> passagesOf(String documentId);

    /**
     * Held for the length of an ingestion run: a second run (in this process or, for a shared database, in another)
     * waits for the first instead of interleaving with it.
     */
    default AutoCloseable lockForIngestion() {
        return () -> { };
    }

    /** Where the knowledge base lives, for people: a folder, or a database and schema. */
    String describe();

    /** Throws {@link KnowledgeBaseUnavailable} when the store cannot be reached right now. */
    default void ping() {
    }

    @Override
    void close();
}
