package fr.paritaire.assistant.documents;

/** The corpus folder already has a file by that name: adding never overwrites. */
public class DocumentAlreadyExists extends RuntimeException {

    public DocumentAlreadyExists(String source) {
        super("the corpus already has a file named '" + source + "'; rename the new one to add it");
    }
}
