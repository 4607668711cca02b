package fr.paritaire.ingestion.store;

/** The store cannot be reached (database down, network cut): retrying later may succeed. */
public class KnowledgeBaseUnavailable extends RuntimeException {

    public KnowledgeBaseUnavailable(String where, Throwable cause) {
        super("The knowledge base at " + where + " is unreachable: " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
