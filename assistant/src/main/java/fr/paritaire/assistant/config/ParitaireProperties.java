package fr.paritaire.assistant.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Paritaire keeps its data and finds its documents. Paths are plain file-system paths, relative to the working
 * directory unless absolute ("../corpus" works).
 *
 * @param dataDir the embedded knowledge base lives here
 * @param corpusDir the folder of documents ingested on start and by the {@code ingest} command
 * @param ingestOnStart run the incremental ingestion job before reporting ready
 * @param startupRetryMax how long to keep retrying (with backoff) a knowledge base that cannot be reached at start
 */
@ConfigurationProperties("paritaire")
public record ParitaireProperties(
        @DefaultValue("./data") String dataDir,
        @DefaultValue("./corpus") String corpusDir,
        @DefaultValue("true") boolean ingestOnStart,
        @DefaultValue("5m") java.time.Duration startupRetryMax) {

    public Path dataFolder() {
        return Path.of(dataDir);
    }

    public Path corpusFolder() {
        return Path.of(corpusDir);
    }
}
