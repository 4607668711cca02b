package fr.paritaire.ingestion.store.postgres;

import com.pgvector.PGvector;
import fr.paritaire.ingestion.AgreementLevel;
import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.DocumentMetadata;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.SearchText;
import fr.paritaire.ingestion.SourceDocument;
import fr.paritaire.ingestion.text.FrenchAnalyzer;
import fr.paritaire.ingestion.store.LexicalQuery;
import fr.paritaire.ingestion.store.EmbeddingModelMismatch;
import fr.paritaire.ingestion.store.IngestionAlreadyRunning;
import fr.paritaire.ingestion.store.KnowledgeBase;
import fr.paritaire.ingestion.store.KnowledgeBaseUnavailable;
import fr.paritaire.ingestion.store.LexicalFieldBoosts;
import fr.paritaire.ingestion.store.PassageFilter;
import fr.paritaire.ingestion.store.ScoredPassage;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The knowledge base in PostgreSQL + pgvector. A document's passages are replaced in one transaction, so readers see
 * the old version or the new one and a crash mid-way leaves the old one; an ingestion run holds a session advisory
 * lock, so two runs (from any number of app instances) never interleave.
 */
public final class PostgresKnowledgeBase implements KnowledgeBase {

    private static final String TS_CONFIG = "french_unaccent";
    private static final String COLUMNS = "c.id, c.document_id, d.title, d.source, c.section, c.article, c.page, c.ordinal, "
            + "c.start_offset, c.end_offset, c.text, c.example, c.authority, c.level";
    /** Passages the {@link PassageFilter} accepts: examples, authorities, documents (five parameters). */
    private static final String FILTER = "(? OR NOT c.example) AND (cardinality(?::text[]) = 0 OR c.authority = ANY(?::text[])) "
            + "AND (cardinality(?::text[]) = 0 OR c.document_id = ANY(?::text[]))";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final PostgresProperties properties;
    private final LexicalFieldBoosts boosts;
    private final FrenchAnalyzer analyzer = new FrenchAnalyzer();
    private final String where;

    public PostgresKnowledgeBase(DataSource dataSource, PostgresProperties properties, LexicalFieldBoosts boosts, String where) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.properties = properties;
        this.boosts = boosts;
        this.where = where;
    }

    private String q(String sql) {
        return sql.replace("{s}", properties.schema());
    }

    /** Creates or upgrades the schema; the vector column gets the given dimension when first created. */
    private void migrate(int dimension) {
        Flyway.configure().dataSource(dataSource).schemas(properties.schema()).defaultSchema(properties.schema())
                .locations("classpath:db/migration/postgres")
                .placeholders(Map.of("embeddingDimension", Integer.toString(dimension)))
                .load().migrate();
    }

    @Override
    public void checkEmbeddingModel(String modelId, int dimension) {
        guard(() -> {
            migrate(dimension);
            Map<String, String> meta = meta();
            String stored = meta.get("embedding_model");
            if (stored == null) {
                if (passageCount() > 0) throw new EmbeddingModelMismatch("unknown", -1, modelId, dimension);
                setMeta(modelId, dimension);
                return null;
            }
            int storedDimension = Integer.parseInt(meta.getOrDefault("embedding_dimension", "-1"));
            if (!stored.equals(modelId) || storedDimension != dimension) {
                throw new EmbeddingModelMismatch(stored, storedDimension, modelId, dimension);
            }
            return null;
        });
    }

    @Override
    public void resetFor(String modelId, int dimension) {
        guard(() -> {
            migrate(dimension);
            tx.executeWithoutResult(status -> {
                jdbc.execute(q("TRUNCATE {s}.chunks, {s}.documents"));
                jdbc.execute(q("DROP INDEX IF EXISTS {s}.chunks_embedding_hnsw"));
                jdbc.execute(q("ALTER TABLE {s}.chunks ALTER COLUMN embedding TYPE vector(" + dimension + ")"));
                jdbc.execute(q("CREATE INDEX chunks_embedding_hnsw ON {s}.chunks USING hnsw (embedding vector_cosine_ops)"));
                setMeta(modelId, dimension);
            });
            return null;
        });
    }

    private Map<String, String> meta() {
        Map<String, String> meta = new HashMap<>();
        jdbc.query(q("SELECT key, value FROM {s}.kb_meta"), rs -> {
            meta.put(rs.getString(1), rs.getString(2));
        });
        return meta;
    }

    private void setMeta(String modelId, int dimension) {
        String upsert = q("INSERT INTO {s}.kb_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        jdbc.update(upsert, "embedding_model", modelId);
        jdbc.update(upsert, "embedding_dimension", Integer.toString(dimension));
    }

    @Override
    public Map<String, SourceDocument> documents() {
        return guard(() -> {
            Map<String, SourceDocument> out = new LinkedHashMap<>();
            jdbc.query(q("SELECT id, source, content_hash, pipeline, title, type, language, ingested_at, aliases, authority, level, "
                            + "document_date, metadata_origin FROM {s}.documents ORDER BY source"),
                    rs -> {
                        Array aliases = rs.getArray("aliases");
                        SourceDocument d = new SourceDocument(rs.getString("id"), rs.getString("source"), rs.getString("content_hash"),
                                rs.getString("pipeline"), rs.getString("title"), rs.getString("type"), rs.getString("language"),
                                rs.getTimestamp("ingested_at").toInstant(),
                                aliases == null ? List.of() : Arrays.asList((String[]) aliases.getArray()),
                                new DocumentMetadata(Authority.parse(rs.getString("authority")), level(rs.getString("level")),
                                        rs.getObject("document_date", java.time.LocalDate.class), rs.getString("metadata_origin")));
                        out.put(d.source(), d);
                    });
            return out;
        });
    }

    @Override
    public void replace(SourceDocument document, List<Passage> passages, List<float[]> vectors) {
        if (passages.size() != vectors.size()) throw new IllegalArgumentException("one vector per passage expected");
        guard(() -> tx.execute(status -> {
            jdbc.update(q("DELETE FROM {s}.documents WHERE id = ? OR source = ?"), document.id(), document.source());
            jdbc.update(q("INSERT INTO {s}.documents (id, source, content_hash, pipeline, title, type, language, example, aliases, ingested_at, "
                            + "authority, level, document_date, metadata_origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    ps -> {
                        ps.setString(1, document.id());
                        ps.setString(2, document.source());
                        ps.setString(3, document.contentHash());
                        ps.setString(4, document.pipeline());
                        ps.setString(5, document.title());
                        ps.setString(6, document.contentType());
                        ps.setString(7, document.language());
                        ps.setBoolean(8, !passages.isEmpty() && passages.getFirst().example());
                        ps.setArray(9, ps.getConnection().createArrayOf("text", document.aliases().toArray()));
                        ps.setTimestamp(10, Timestamp.from(document.ingestedAt()));
                        DocumentMetadata m = document.metadata();
                        ps.setString(11, m.authority().id());
                        ps.setString(12, m.level() == null ? null : m.level().id());
                        if (m.date() == null) ps.setNull(13, java.sql.Types.DATE); else ps.setObject(13, m.date());
                        ps.setString(14, m.origin());
                    });
            String insert = q("INSERT INTO {s}.chunks (id, document_id, ordinal, text, section, article, page, start_offset, end_offset, "
                    + "example, embedding, tsv, lexemes, heading_lexemes, term_count, term_freqs, authority, level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "setweight(to_tsvector('{s}." + TS_CONFIG + "', ?), 'A') || setweight(to_tsvector('{s}." + TS_CONFIG + "', ?), 'D'), ?, ?, ?, ?::jsonb, ?, ?)");
            Map<Passage, Integer> index = new java.util.IdentityHashMap<>();
            for (int i = 0; i < passages.size(); i++) index.put(passages.get(i), i);
            jdbc.batchUpdate(insert, passages, 200, (ps, p) -> {
                int i = index.get(p);
                List<String> terms = analyzer.terms(SearchText.of(p.text()));
                ps.setString(1, p.id());
                ps.setString(2, p.documentId());
                ps.setInt(3, p.ordinal());
                ps.setString(4, p.text());
                ps.setString(5, p.section());
                ps.setString(6, p.article());
                if (p.page() == null) ps.setNull(7, java.sql.Types.INTEGER); else ps.setInt(7, p.page());
                ps.setInt(8, p.startOffset());
                ps.setInt(9, p.endOffset());
                ps.setBoolean(10, p.example());
                ps.setObject(11, new PGvector(vectors.get(i)));
                ps.setString(12, p.headingText());
                ps.setString(13, SearchText.of(p.text()));
                ps.setArray(14, ps.getConnection().createArrayOf("text", new LinkedHashSet<>(terms).toArray()));
                ps.setArray(15, ps.getConnection().createArrayOf("text", new LinkedHashSet<>(analyzer.terms(p.headingText())).toArray()));
                ps.setInt(16, terms.size());
                ps.setString(17, termFrequencies(terms));
                ps.setString(18, p.authority().id());
                ps.setString(19, p.level() == null ? null : p.level().id());
            });
            return passages.size();
        }));
    }

    @Override
    public void remove(String documentId) {
        guard(() -> jdbc.update(q("DELETE FROM {s}.documents WHERE id = ?"), documentId));
    }

    @Override
    public List<ScoredPassage> vectorSearch(float[] query, int k, PassageFilter filter) {
        return guard(() -> tx.execute(status -> {
            if (properties.exactSearch()) {
                jdbc.execute("SET LOCAL enable_indexscan = off");
            } else {
                jdbc.execute("SET LOCAL hnsw.ef_search = " + Math.max(properties.efSearch(), k));
                jdbc.execute("SET LOCAL hnsw.iterative_scan = relaxed_order");
            }
            PGvector vector = new PGvector(query);
            return jdbc.query(q("SELECT " + COLUMNS + ", 1 - (c.embedding <=> ?) AS score FROM {s}.chunks c "
                            + "JOIN {s}.documents d ON d.id = c.document_id WHERE " + FILTER + " "
                            + "ORDER BY c.embedding <=> ? LIMIT ?"),
                    ps -> {
                        ps.setObject(1, vector);
                        int i = setFilter(ps, 2, filter);
                        ps.setObject(i, vector);
                        ps.setInt(i + 1, k);
                    }, SCORED);
        }));
    }

    @Override
    public List<ScoredPassage> lexicalSearch(LexicalQuery query, int k, PassageFilter filter) {
        if (query.isEmpty()) return List.of();
        if ("bm25".equals(properties.lexical())) return bm25(query, k, filter);
        String tsquery = "plain".equals(properties.lexical())
                ? "plainto_tsquery('{s}." + TS_CONFIG + "', ?)" : "to_tsquery('{s}." + TS_CONFIG + "', ?)";
        String terms = "plain".equals(properties.lexical()) ? query.text() : orQuery(query);
        if (terms.isBlank() && query.articles().isEmpty()) return List.of();
        String sql = q("WITH q AS (SELECT " + tsquery + " AS query) "
                + "SELECT " + COLUMNS + ", ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', c.tsv, q.query, 1) * ? "
                + "+ CASE WHEN c.article = ANY(?) THEN ? ELSE 0 END AS score "
                + "FROM {s}.chunks c JOIN {s}.documents d ON d.id = c.document_id, q "
                + "WHERE (c.tsv @@ q.query OR c.article = ANY(?)) AND " + FILTER + " ORDER BY score DESC, c.id LIMIT ?");
        return guard(() -> jdbc.query(sql, ps -> {
            Array articles = ps.getConnection().createArrayOf("text", query.articles().toArray());
            ps.setString(1, terms.isBlank() ? "" : terms);
            ps.setDouble(2, 10.0);
            ps.setArray(3, articles);
            ps.setDouble(4, boosts.article());
            ps.setArray(5, articles);
            int i = setFilter(ps, 6, filter);
            ps.setInt(i, k);
        }, SCORED));
    }

    /**
     * BM25 (k1 = 1.2, b = 0.75) over the passages' analysed terms, plus title/section matches at the heading weight
     * and an exact boost for a named article: the embedded store's ranking, in SQL. Candidates are the passages
     * sharing a term with the question (GIN index), or naming its article.
     */
    private List<ScoredPassage> bm25(LexicalQuery query, int k, PassageFilter filter) {
        String sql = q("WITH q(term, weight) AS (SELECT * FROM unnest(?::text[], ?::float8[])), "
                + "stats AS (SELECT count(*)::float8 AS n, coalesce(avg(term_count), 1)::float8 AS avglen FROM {s}.chunks), "
                + "idf AS MATERIALIZED (SELECT q.term, q.weight * ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5)) AS w, stats.avglen FROM q, stats, "
                + "  LATERAL (SELECT count(*)::float8 AS df FROM {s}.chunks c WHERE c.lexemes @> ARRAY[q.term]) df), "
                + "candidates AS (SELECT c.* FROM {s}.chunks c WHERE (c.lexemes && ?::text[] OR c.article = ANY(?)) AND " + FILTER + ") "
                + "SELECT " + COLUMNS + ", "
                + "  coalesce((SELECT sum(idf.w * tf.n * 2.2 / (tf.n + 1.2 * (0.25 + 0.75 * c.term_count / idf.avglen))) "
                + "            FROM idf, LATERAL (SELECT (c.term_freqs ->> idf.term)::float8 AS n) tf "
                + "            WHERE tf.n > 0), 0) "
                + "  + ? * coalesce((SELECT sum(idf.w) FROM idf WHERE c.heading_lexemes @> ARRAY[idf.term]), 0) "
                + "  + CASE WHEN c.article = ANY(?) THEN ? ELSE 0 END AS score "
                + "FROM candidates c JOIN {s}.documents d ON d.id = c.document_id "
                + "ORDER BY score DESC, c.id LIMIT ?");
        String[] terms = query.terms().stream().map(LexicalQuery.WeightedTerm::analyzed).toArray(String[]::new);
        Double[] weights = query.terms().stream().map(t -> (double) t.weight()).toArray(Double[]::new);
        return guard(() -> jdbc.query(sql, ps -> {
            Connection c = ps.getConnection();
            Array termArray = c.createArrayOf("text", terms);
            Array articles = c.createArrayOf("text", query.articles().toArray());
            ps.setArray(1, termArray);
            ps.setArray(2, c.createArrayOf("float8", weights));
            ps.setArray(3, termArray);
            ps.setArray(4, articles);
            int i = setFilter(ps, 5, filter);
            ps.setDouble(i, boosts.heading());
            ps.setArray(i + 1, articles);
            ps.setDouble(i + 2, boosts.article());
            ps.setInt(i + 3, k);
        }, SCORED));
    }

    /** Sets the five parameters of {@link #FILTER} from {@code at}; returns the index after them. */
    private static int setFilter(PreparedStatement ps, int at, PassageFilter filter) throws SQLException {
        Connection c = ps.getConnection();
        Array authorities = c.createArrayOf("text", filter.authorityIds());
        Array documents = c.createArrayOf("text", filter.documentIds().toArray());
        ps.setBoolean(at, filter.includeExamples());
        ps.setArray(at + 1, authorities);
        ps.setArray(at + 2, authorities);
        ps.setArray(at + 3, documents);
        ps.setArray(at + 4, documents);
        return at + 5;
    }

    private static AgreementLevel level(String id) {
        return id == null ? null : AgreementLevel.parse(id);
    }

    /** {"term": frequency, …} as JSON; analysed terms are lower-case letters and digits, safe to embed as-is. */
    private static String termFrequencies(List<String> terms) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        for (String t : terms) tf.merge(t, 1, Integer::sum);
        return tf.entrySet().stream().map(e -> "\"" + e.getKey().replace("\\", "\\\\").replace("\"", "\\\"") + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** "word1 | word2 | …" from the question's own words and the glossary's, each word reduced to letters and digits. */
    static String orQuery(LexicalQuery query) {
        return query.terms().stream().map(LexicalQuery.WeightedTerm::word)
                .map(w -> w.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip())
                .filter(w -> !w.isEmpty())
                .flatMap(w -> Arrays.stream(w.split(" ")))
                .filter(w -> w.length() > 1)
                .distinct().collect(Collectors.joining(" | "));
    }

    @Override
    public int passageCount() {
        return guard(() -> jdbc.queryForObject(q("SELECT count(*) FROM {s}.chunks"), Integer.class));
    }

    @Override
    public Map<String, Integer> documentFrequencies(Collection<String> analyzedTerms) {
        return frequencies(null, analyzedTerms);
    }

    @Override
    public Map<String, Integer> documentFrequenciesIn(String documentId, Collection<String> analyzedTerms) {
        return frequencies(documentId, analyzedTerms);
    }

    /** In how many passages (of one document, or of all when {@code documentId} is null) each term occurs. */
    private Map<String, Integer> frequencies(String documentId, Collection<String> analyzedTerms) {
        if (analyzedTerms.isEmpty()) return Map.of();
        Map<String, Integer> df = new HashMap<>();
        String scope = documentId == null ? "" : "c.document_id = ? AND ";
        guard(() -> {
            jdbc.query(q("SELECT t, (SELECT count(*) FROM {s}.chunks c WHERE " + scope + "c.lexemes @> ARRAY[t]) "
                            + "FROM unnest(?::text[]) AS t"),
                    ps -> {
                        int i = 1;
                        if (documentId != null) ps.setString(i++, documentId);
                        ps.setArray(i, ps.getConnection().createArrayOf("text", analyzedTerms.toArray()));
                    },
                    rs -> {
                        df.put(rs.getString(1), rs.getInt(2));
                    });
            return null;
        });
        return df;
    }

    @Override
    public java.util.Set<String> documentsUsing(String analyzedTerm, int limit) {
        return guard(() -> new java.util.LinkedHashSet<>(jdbc.queryForList(
                q("SELECT DISTINCT c.document_id FROM {s}.chunks c WHERE c.lexemes @> ARRAY[?]::text[] LIMIT ?"),
                String.class, analyzedTerm, limit)));
    }

    @Override
    public List<Passage> passagesOf(String documentId) {
        return guard(() -> jdbc.query(q("SELECT " + COLUMNS + ", 0 AS score FROM {s}.chunks c JOIN {s}.documents d ON d.id = c.document_id "
                + "WHERE c.document_id = ? ORDER BY c.ordinal"), PASSAGE, documentId));
    }

    @Override
    public List<Passage> passagesWithArticle(String article) {
        return guard(() -> jdbc.query(q("SELECT " + COLUMNS + ", 0 AS score FROM {s}.chunks c JOIN {s}.documents d ON d.id = c.document_id "
                + "WHERE c.article = ? ORDER BY c.document_id, c.ordinal"), PASSAGE, article));
    }

    @Override
    public AutoCloseable lockForIngestion() {
        Connection connection = guard(() -> {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                throw new CannotGetJdbcConnectionException("no connection for the ingestion lock", e);
            }
        });
        try {
            // While another run holds the lock, poll for it up to the configured limit.
            long deadline = System.nanoTime() + properties.ingestionLockWait().toNanos();
            while (!tryLock(connection)) {
                if (System.nanoTime() >= deadline) {
                    connection.close();
                    throw new IngestionAlreadyRunning(properties.ingestionLockWait());
                }
                Thread.sleep(500);
            }
            return () -> unlock(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new KnowledgeBaseUnavailable(where, e);
        } catch (InterruptedException e) {
            closeQuietly(connection);
            Thread.currentThread().interrupt();
            throw new IngestionAlreadyRunning(java.time.Duration.ZERO);
        }
    }

    /** One lock per schema: two knowledge bases in one database do not block each other. */
    private long lockKey() {
        return ("paritaire-ingestion:" + properties.schema()).hashCode();
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, lockKey());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Session locks outlive a pooled connection's return to the pool: release explicitly, then give it back. */
    private void unlock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, lockKey());
            ps.execute();
        } finally {
            connection.close();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }

    @Override
    public String describe() {
        return where + " (schema " + properties.schema() + ")";
    }

    @Override
    public void ping() {
        guard(() -> jdbc.queryForObject("SELECT 1", Integer.class));
    }

    @Override
    public void close() {
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
    }

    private interface Work<T> {
        T run();
    }

    /** Database unreachable (down, restarting, network) becomes {@link KnowledgeBaseUnavailable}; other errors pass. */
    private <T> T guard(Work<T> work) {
        try {
            return work.run();
        } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
            throw new KnowledgeBaseUnavailable(where, e);
        } catch (RuntimeException e) {
            // Flyway, transaction and other wrappers: a lost connection is still a lost connection.
            if (!(e instanceof KnowledgeBaseUnavailable) && isConnectionProblem(e)) throw new KnowledgeBaseUnavailable(where, e);
            throw e;
        }
    }

    private static boolean isConnectionProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.io.EOFException || t instanceof java.net.SocketException) return true;
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase();
                // 08xxx: connection exceptions; 57P0x: server shutting down / terminated; pool: "connection is closed".
                if (state.startsWith("08") || state.startsWith("57P0") || message.contains("connection is closed")) return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    private static final RowMapper<Passage> PASSAGE = (rs, n) -> new Passage(rs.getString("id"), rs.getString("document_id"),
            rs.getString("title"), rs.getString("source"), rs.getString("section"), rs.getString("article"),
            (Integer) rs.getObject("page"), rs.getInt("ordinal"), rs.getInt("start_offset"), rs.getInt("end_offset"),
            rs.getString("text"), rs.getBoolean("example"), Authority.parse(rs.getString("authority")), level(rs.getString("level")));

    private static final RowMapper<ScoredPassage> SCORED = (rs, n) -> new ScoredPassage(PASSAGE.mapRow(rs, n), rs.getDouble("score"));
}
