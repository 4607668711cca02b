package fr.paritaire.ingestion.store.postgres;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL knowledge base.
 *
 * @param schema the application's own schema (Flyway refuses a non-empty {@code public})
 * @param lexical how the lexical side ranks: {@code bm25} (BM25 over the same French analysis as the embedded store,
 *                computed in SQL on GIN-indexed term arrays), {@code or} ({@code ts_rank_cd} with an OR tsquery, stop
 *                words dropped) or {@code plain} ({@code plainto_tsquery}, every word must match — what LangChain4j's
 *                PgVector hybrid mode does)
 * @param efSearch HNSW candidate list size per query (recall/latency trade-off)
 * @param exactSearch scan every vector instead of using the HNSW index (exact, slower at scale)
 * @param ingestionLockWait how long a second ingestion run waits for the first before giving up
 */
@ConfigurationProperties("paritaire.postgres")
public record PostgresProperties(
        @DefaultValue("paritaire") String schema,
        @DefaultValue("bm25") String lexical,
        @DefaultValue("100") int efSearch,
        @DefaultValue("false") boolean exactSearch,
        @DefaultValue("10m") Duration ingestionLockWait) {

    public static PostgresProperties defaults() {
        return new PostgresProperties("paritaire", "bm25", 100, false, Duration.ofMinutes(10));
    }
}
