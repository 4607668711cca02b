package fr.paritaire.assistant.documents;

/** A file that cannot be added: a format we do not read, or a name we will not write to the corpus folder. */
public class UnsupportedDocument extends RuntimeException {

    public UnsupportedDocument(String name, String why) {
        super("'" + name + "' cannot be added: " + why);
    }
}
