package fr.paritaire.assistant.documents;

/** No document (or no passage in it) by that id in the knowledge base, or its original file is gone. */
public class DocumentNotFound extends RuntimeException {

    public DocumentNotFound(String what) {
        super(what + " is not in the knowledge base");
    }
}
