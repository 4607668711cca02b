package fr.paritaire.assistant.config;

import fr.paritaire.ingestion.embed.Embedder;
import fr.paritaire.ingestion.job.IngestionJob;
import fr.paritaire.ingestion.job.IngestionListener;
import fr.paritaire.ingestion.store.KnowledgeBase;
import fr.paritaire.ingestion.store.EmbeddingModelMismatch;
import fr.paritaire.ingestion.store.KnowledgeBaseUnavailable;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Brings the knowledge base up when the web application starts: reaches it (retrying with backoff while a database is
 * down), checks it was built with the configured embedding model, and runs the incremental ingestion job over the
 * corpus folder. Spring Boot reports the application ready only after runners complete.
 */
@Component
@Profile("!cli")
class IngestOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestOnStart.class);

    private final IngestionJob job;
    private final KnowledgeBase knowledgeBase;
    private final Embedder embedder;
    private final ParitaireProperties properties;
    private final KnowledgeBaseState state;

    IngestOnStart(IngestionJob job, KnowledgeBase knowledgeBase, Embedder embedder, ParitaireProperties properties,
                  KnowledgeBaseState state) {
        this.job = job;
        this.knowledgeBase = knowledgeBase;
        this.embedder = embedder;
        this.properties = properties;
        this.state = state;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        try {
            awaitKnowledgeBase();
        } catch (EmbeddingModelMismatch e) {
            // The app stays up, not ready, and answers every question with this explanation (HTTP 503), instead of
            // dying with a stack trace.
            log.error(e.getMessage());
            state.markUnusable(e.getMessage());
            return;
        }
        if (properties.ingestOnStart()) {
            log.info("Ingesting {} (paritaire.ingest-on-start=true)", properties.corpusFolder().toAbsolutePath());
            job.run(properties.corpusFolder(), IngestionListener.NONE);
        }
        state.markLoaded();
    }

    private void awaitKnowledgeBase() throws InterruptedException {
        long deadline = System.nanoTime() + properties.startupRetryMax().toNanos();
        Duration wait = Duration.ofSeconds(1);
        while (true) {
            try {
                knowledgeBase.checkEmbeddingModel(embedder.modelId(), embedder.dimension());
                return;
            } catch (KnowledgeBaseUnavailable e) {
                if (System.nanoTime() + wait.toNanos() > deadline) throw e;
                log.warn("{} — retrying in {} s", e.getMessage(), wait.toSeconds());
                Thread.sleep(wait);
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : wait.multipliedBy(2);
            }
        }
    }
}
