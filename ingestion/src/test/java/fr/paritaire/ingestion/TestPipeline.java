package fr.paritaire.ingestion;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import fr.paritaire.ingestion.chunk.Chunker;
import fr.paritaire.ingestion.chunk.ChunkingProperties;
import fr.paritaire.ingestion.embed.Embedder;
import fr.paritaire.ingestion.embed.EmbeddingModels;
import fr.paritaire.ingestion.embed.EmbeddingProperties;
import fr.paritaire.ingestion.extract.ExtractionProperties;
import fr.paritaire.ingestion.extract.TextExtractor;
import fr.paritaire.ingestion.extract.TextNormalizer;
import fr.paritaire.ingestion.job.IngestionJob;
import fr.paritaire.ingestion.text.FrenchAnalyzer;
import fr.paritaire.ingestion.search.Glossary;
import fr.paritaire.ingestion.search.HybridSearch;
import fr.paritaire.ingestion.search.QueryAnalyzer;
import fr.paritaire.ingestion.search.SearchProperties;
import fr.paritaire.ingestion.store.KnowledgeBase;
import fr.paritaire.ingestion.store.LexicalFieldBoosts;
import fr.paritaire.ingestion.store.LuceneKnowledgeBase;
import fr.paritaire.ingestion.store.postgres.PostgresKnowledgeBase;
import fr.paritaire.ingestion.store.postgres.PostgresProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real ingestion and search pipeline over an embedded store in a given folder, with the default properties and the
 * shipped in-process model. The model is wrapped only to count the passages it embeds.
 */
public final class TestPipeline implements AutoCloseable {

    private static EmbeddingModel sharedModel;

    public final AtomicInteger embeddedPassages = new AtomicInteger();
    public final KnowledgeBase knowledgeBase;
    public final Embedder embedder;
    public final IngestionJob job;
    public final HybridSearch search;
    public final QueryAnalyzer queryAnalyzer;
    private final TextExtractor extractor;

    public TestPipeline(Path dataDir) {
        this(dataDir, ExtractionProperties.defaults());
    }

    public TestPipeline(Path dataDir, ExtractionProperties extraction) {
        this(dataDir, extraction, ChunkingProperties.defaults());
    }

    public TestPipeline(Path dataDir, ExtractionProperties extraction, ChunkingProperties chunking) {
        this(new LuceneKnowledgeBase(dataDir, boosts()), extraction, chunking);
    }

    /** The same pipeline over a PostgreSQL knowledge base in its own schema (see {@link TestDatabase}). */
    public static TestPipeline onPostgres(String schema) {
        PostgresProperties defaults = PostgresProperties.defaults();
        PostgresProperties properties = new PostgresProperties(schema, defaults.lexical(), defaults.efSearch(),
                defaults.exactSearch(), java.time.Duration.ofMinutes(2));
        return new TestPipeline(new PostgresKnowledgeBase(TestDatabase.dataSource(), properties, boosts(), TestDatabase.URL),
                ExtractionProperties.defaults(), ChunkingProperties.defaults());
    }

    static LexicalFieldBoosts boosts() {
        SearchProperties search = SearchProperties.defaults();
        return new LexicalFieldBoosts(search.headingBoost(), search.articleBoost());
    }

    public TestPipeline(KnowledgeBase knowledgeBase, ExtractionProperties extraction, ChunkingProperties chunking) {
        SearchProperties search = SearchProperties.defaults();
        EmbeddingProperties embedding = EmbeddingProperties.inProcess("bge-small-en-v15-q", "Represent this sentence for searching relevant passages: ");
        this.knowledgeBase = knowledgeBase;
        this.embedder = new Embedder(countingModel(), embedding.model(), embedding.queryPrefix(), embedding.batchSize());
        this.extractor = new TextExtractor(extraction);
        this.job = new IngestionJob(knowledgeBase, extractor, new TextNormalizer(extraction.boilerplateMinRepeats()),
                new Chunker(chunking), embedder);
        this.queryAnalyzer = new QueryAnalyzer(new FrenchAnalyzer(), Glossary.bundled(), search.expansionWeight());
        this.search = new HybridSearch(knowledgeBase, embedder, queryAnalyzer, search);
    }

    private static synchronized EmbeddingModel model() {
        if (sharedModel == null) sharedModel = EmbeddingModels.inProcess("bge-small-en-v15-q", 1);
        return sharedModel;
    }

    private EmbeddingModel countingModel() {
        EmbeddingModel real = model();
        return new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                embeddedPassages.addAndGet(segments.size());
                return real.embedAll(segments);
            }

            @Override
            public int dimension() {
                return real.dimension();
            }
        };
    }

    @Override
    public void close() {
        extractor.close();
        knowledgeBase.close();
    }
}
