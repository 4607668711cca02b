package fr.paritaire.ingestion.store.postgres;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL knowledge base.
 *
 * @param schema the application's own schema (Flyway refuses a non-empty {@code public})
 * @param tsquery {@code or}: any of the question's words may match (stop words dropped); {@code plain}: every word must
 *                match, as {@code plainto_tsquery} (what LangChain4j's PgVector hybrid mode does)
 * @param efSearch HNSW candidate list size per query (recall/latency trade-off)
 * @param exactSearch scan every vector instead of using the HNSW index (exact, slower at scale)
 * @param ingestionLockWait how long a second ingestion run waits for the first before giving up
 */
@ConfigurationProperties("paritaire.postgres")
public record PostgresProperties(
        @DefaultValue("paritaire") String schema,
        @DefaultValue("or") String tsquery,
        @DefaultValue("100") int efSearch,
        @DefaultValue("false") boolean exactSearch,
        @DefaultValue("10m") Duration ingestionLockWait) {

    public static PostgresProperties defaults() {
        return new PostgresProperties("paritaire", "or", 100, false, Duration.ofMinutes(10));
    }
}
