package fr.paritaire.ingestion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.SourceDocument;
import fr.paritaire.ingestion.TestDatabase;
import fr.paritaire.ingestion.TestPipeline;
import fr.paritaire.ingestion.evaluation.EvalItem;
import fr.paritaire.ingestion.evaluation.RetrievalMetrics;
import fr.paritaire.ingestion.job.FileOutcome.Status;
import fr.paritaire.ingestion.job.IngestionListener;
import fr.paritaire.ingestion.job.IngestionReport;
import fr.paritaire.ingestion.search.SearchHit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL + pgvector knowledge base, against a real database, each test in a schema of its own. */
class PostgresKnowledgeBaseIT {

    @TempDir
    Path corpus;
    String schema;

    @BeforeEach
    void setUp() throws Exception {
        TestDatabase.assumeAvailable();
        schema = TestDatabase.freshSchema();
        for (String f : List.of("secoia-deal-lancement-projet.txt", "dialia-dialogue-social-bons-usages-ia.txt")) {
            Files.copy(CorpusFixture.corpus().resolve(f), corpus.resolve(f));
        }
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) TestDatabase.dropSchema(schema);
    }

    @Test
    void ingestsIncrementallyAndSearchesInFrench() throws Exception {
        try (TestPipeline pipeline = TestPipeline.onPostgres(schema)) {
            IngestionReport first = pipeline.job.run(corpus, IngestionListener.NONE);
            assertThat(first.count(Status.INGESTED)).isEqualTo(2);
            int embedded = pipeline.embeddedPassages.get();
            IngestionReport second = pipeline.job.run(corpus, IngestionListener.NONE);
            assertThat(second.count(Status.UNCHANGED)).isEqualTo(2);
            assertThat(pipeline.embeddedPassages.get()).isEqualTo(embedded);

            List<SearchHit> hits = pipeline.search.search("Qui pilote le projet SéCoIA Deal ?", 3);
            assertThat(hits.getFirst().passage().source()).isEqualTo("secoia-deal-lancement-projet.txt");
            // accents folded on both sides: "securite" finds "sécurité"
            assertThat(pipeline.search.search("dialogue parties prenantes confiance", 3)).extracting(h -> h.passage().source())
                    .contains("dialia-dialogue-social-bons-usages-ia.txt");

            Files.delete(corpus.resolve("secoia-deal-lancement-projet.txt"));
            pipeline.job.run(corpus, IngestionListener.NONE);
            assertThat(pipeline.knowledgeBase.documents()).doesNotContainKey("secoia-deal-lancement-projet.txt");
        }
    }

    @Test
    void tellsWhichDocumentsUseAWord() throws Exception {
        try (TestPipeline pipeline = TestPipeline.onPostgres(schema)) {
            DocumentsUsingContract.holds(pipeline, corpus);
        }
    }

    @Test
    void keepsAuthoritiesFiltersOnThemAndReingestsWhenASidecarChanges(@TempDir Path authorityCorpus) throws Exception {
        fr.paritaire.ingestion.authority.AuthorityStoreContract.prepare(authorityCorpus);
        try (TestPipeline pipeline = TestPipeline.onPostgres(schema)) {
            fr.paritaire.ingestion.authority.AuthorityStoreContract.check(pipeline, authorityCorpus);
        }
    }

    @Test
    void aReaderSeesTheOldPassagesOrTheNewOnesNeverAMix() throws Exception {
        try (TestPipeline pipeline = TestPipeline.onPostgres(schema)) {
            pipeline.knowledgeBase.checkEmbeddingModel(pipeline.embedder.modelId(), pipeline.embedder.dimension());
            KnowledgeBase kb = pipeline.knowledgeBase;
            AtomicBoolean writing = new AtomicBoolean(true);
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                while (writing.get()) {
                    List<Passage> passages = kb.passagesOf("doc");
                    seen.add(passages.stream().map(p -> p.text().substring(0, 1)).distinct().sorted().collect(Collectors.joining()) + passages.size());
                }
            });
            float[] vector = pipeline.embedder.embedQuery("x");
            for (int round = 0; round < 30; round++) {
                String version = round % 2 == 0 ? "A" : "B";
                int size = round % 2 == 0 ? 5 : 8;
                List<Passage> passages = IntStream.range(0, size).mapToObj(i -> new Passage("doc#" + i, "doc", "Titre", "doc.txt",
                        null, null, null, i, i * 10, i * 10 + 9, version + " passage " + i, false)).toList();
                kb.replace(new SourceDocument("doc", "doc.txt", version, "p", "Titre", "text/plain", "fr", Instant.now(), List.of()),
                        passages, Collections.nCopies(size, vector));
            }
            writing.set(false);
            reader.get();
            assertThat(Set.copyOf(seen)).isSubsetOf(Set.of("0", "A5", "B8")).contains("A5", "B8");
        }
    }

    @Test
    void twoRunsAtOnceNeitherCorruptNorDuplicate() throws Exception {
        try (TestPipeline one = TestPipeline.onPostgres(schema); TestPipeline two = TestPipeline.onPostgres(schema)) {
            CompletableFuture<IngestionReport> a = CompletableFuture.supplyAsync(() -> one.job.run(corpus, IngestionListener.NONE));
            CompletableFuture<IngestionReport> b = CompletableFuture.supplyAsync(() -> two.job.run(corpus, IngestionListener.NONE));
            IngestionReport ra = a.get();
            IngestionReport rb = b.get();
            // One run ingested everything; the other waited for the lock and then found everything unchanged.
            assertThat(ra.count(Status.INGESTED) + rb.count(Status.INGESTED)).isEqualTo(2);
            assertThat(ra.count(Status.UNCHANGED) + rb.count(Status.UNCHANGED)).isEqualTo(2);
            int passages = one.knowledgeBase.passageCount();
            assertThat(one.embeddedPassages.get() + two.embeddedPassages.get()).isEqualTo(passages);
            assertThat(one.knowledgeBase.documents()).hasSize(2);
        }
    }

    @Test
    void aDatabaseBuiltWithAnotherModelIsRefusedWithHowToReindex() throws Exception {
        try (TestPipeline pipeline = TestPipeline.onPostgres(schema)) {
            pipeline.job.run(corpus, IngestionListener.NONE);
            try (Connection c = DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD)) {
                c.createStatement().executeUpdate("UPDATE " + schema + ".kb_meta SET value = 'other-model' WHERE key = 'embedding_model'");
            }
            assertThatThrownBy(() -> pipeline.job.run(corpus, IngestionListener.NONE))
                    .isInstanceOf(EmbeddingModelMismatch.class).hasMessageContaining("other-model").hasMessageContaining("ingest --reindex");
            IngestionReport reindexed = pipeline.job.reindex(corpus, IngestionListener.NONE);
            assertThat(reindexed.count(Status.INGESTED)).isEqualTo(2);
            pipeline.job.run(corpus, IngestionListener.NONE);
        }
    }

    @Test
    void recoversWhenTheDatabaseDropsItsConnections() throws Exception {
        try (TestPipeline pipeline = TestPipeline.onPostgres(schema)) {
            pipeline.job.run(corpus, IngestionListener.NONE);
            try (Connection c = DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD)) {
                // What a database restart does to a pool: every server connection of ours goes away.
                c.createStatement().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE usename = current_user AND pid <> pg_backend_pid()");
            }
            List<SearchHit> hits = null;
            for (int attempt = 0; attempt < 10 && hits == null; attempt++) {
                try {
                    hits = pipeline.search.search("Qui pilote le projet SéCoIA Deal ?", 3);
                } catch (KnowledgeBaseUnavailable e) {
                    Thread.sleep(200);
                }
            }
            assertThat(hits).isNotNull().isNotEmpty();
            pipeline.knowledgeBase.ping();
        }
    }

    @Test
    void orStyleFrenchQueriesFindWhatPlainQueriesMiss() {
        // Measured figures are in docs/benchmarks.md; here: the dev set floor for the default (BM25) lexical side.
        try (TestPipeline pipeline = TestPipeline.onPostgres(schema)) {
            pipeline.job.run(CorpusFixture.corpus(), IngestionListener.NONE);
            List<EvalItem> dev = EvalItem.load(CorpusFixture.evalSet("dev"));
            RetrievalMetrics hybrid = RetrievalMetrics.measure(dev, q -> pipeline.search.search(q, 10).stream()
                    .map(h -> h.passage().text()).toList());
            assertThat(hybrid.recallAt5()).as("postgres hybrid Recall@5, misses %s", hybrid.misses()).isGreaterThanOrEqualTo(0.80);
        }
    }
}
