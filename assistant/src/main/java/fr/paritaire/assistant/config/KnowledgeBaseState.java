package fr.paritaire.assistant.config;

import org.springframework.stereotype.Component;

/** Whether the knowledge base has been loaded (and, on start, brought up to date with the corpus folder). */
@Component
public class KnowledgeBaseState {

    private volatile boolean loaded;

    void markLoaded() {
        loaded = true;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public void requireLoaded() {
        if (!loaded) throw new KnowledgeBaseNotReady();
    }
}
