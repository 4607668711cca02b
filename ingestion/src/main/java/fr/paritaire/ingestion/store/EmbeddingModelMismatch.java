package fr.paritaire.ingestion.store;

/** The store holds vectors from another embedding model than the configured one. */
public class EmbeddingModelMismatch extends RuntimeException {

    public EmbeddingModelMismatch(String storedModel, int storedDimension, String configuredModel, int configuredDimension) {
        super("The knowledge base was built with embedding model '" + storedModel + "' (dimension " + storedDimension
                + ") but '" + configuredModel + "' (dimension " + configuredDimension + ") is configured. Re-index with "
                + "`java -jar assistant/target/paritaire.jar ingest --reindex`, or configure the stored model again.");
    }
}
