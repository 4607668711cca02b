package fr.paritaire.assistant.config;

import org.springframework.stereotype.Component;

/** Whether the knowledge base has been loaded (and, on start, brought up to date with the corpus folder). */
@Component
public class KnowledgeBaseState {

    private volatile boolean loaded;
    private volatile String unusable;

    void markLoaded() {
        loaded = true;
    }

    /** The knowledge base cannot be used as configured (built with another embedding model): say why to every caller. */
    void markUnusable(String why) {
        unusable = why;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public void requireLoaded() {
        if (unusable != null) throw new KnowledgeBaseNotReady(unusable);
        if (!loaded) throw new KnowledgeBaseNotReady();
    }
}
