package fr.paritaire.assistant.config;

import fr.paritaire.ingestion.job.IngestionJob;
import fr.paritaire.ingestion.job.IngestionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs the incremental ingestion job over the corpus folder when the web application starts. Spring Boot reports the
 * application ready (readiness probe UP) only after runners complete, so readiness means "knowledge base loaded".
 */
@Component
@Profile("!cli")
class IngestOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestOnStart.class);

    private final IngestionJob job;
    private final ParitaireProperties properties;
    private final KnowledgeBaseState state;

    IngestOnStart(IngestionJob job, ParitaireProperties properties, KnowledgeBaseState state) {
        this.job = job;
        this.properties = properties;
        this.state = state;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.ingestOnStart()) {
            log.info("Ingesting {} (paritaire.ingest-on-start=true)", properties.corpusFolder().toAbsolutePath());
            job.run(properties.corpusFolder(), IngestionListener.NONE);
        }
        state.markLoaded();
    }
}
