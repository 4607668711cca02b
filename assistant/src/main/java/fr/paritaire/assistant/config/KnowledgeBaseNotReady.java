package fr.paritaire.assistant.config;

/** A question arrived before the knowledge base finished loading. */
public class KnowledgeBaseNotReady extends RuntimeException {

    public KnowledgeBaseNotReady() {
        super("The knowledge base is still loading; try again in a few seconds.");
    }

    public KnowledgeBaseNotReady(String why) {
        super(why);
    }
}
