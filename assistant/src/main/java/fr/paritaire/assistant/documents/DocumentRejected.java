package fr.paritaire.assistant.documents;

/** The file was received but ingestion could not make passages of it (scanned, empty, corrupt…): it was not kept. */
public class DocumentRejected extends RuntimeException {

    public DocumentRejected(String source, String reason) {
        super("'" + source + "' could not be read: " + reason);
    }
}
