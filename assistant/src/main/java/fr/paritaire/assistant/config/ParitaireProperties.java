package fr.paritaire.assistant.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Paritaire keeps its data and finds its documents.
 *
 * @param dataDir the embedded knowledge base lives here
 * @param corpusDir the folder of documents ingested on start and by the {@code ingest} command
 * @param ingestOnStart run the incremental ingestion job before reporting ready
 */
@ConfigurationProperties("paritaire")
public record ParitaireProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("./corpus") Path corpusDir,
        @DefaultValue("true") boolean ingestOnStart) {
}
