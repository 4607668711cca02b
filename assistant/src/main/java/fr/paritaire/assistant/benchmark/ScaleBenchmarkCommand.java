package fr.paritaire.assistant.benchmark;

import fr.paritaire.assistant.config.ParitaireProperties;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.SourceDocument;
import fr.paritaire.ingestion.chunk.Chunker;
import fr.paritaire.ingestion.chunk.ChunkingProperties;
import fr.paritaire.ingestion.text.Sentences;
import fr.paritaire.ingestion.embed.Embedder;
import fr.paritaire.ingestion.evaluation.EvalItem;
import fr.paritaire.ingestion.evaluation.RetrievalMetrics;
import fr.paritaire.ingestion.extract.ExtractionFailed;
import fr.paritaire.ingestion.extract.ExtractionProperties;
import fr.paritaire.ingestion.extract.TextExtractor;
import fr.paritaire.ingestion.extract.TextNormalizer;
import fr.paritaire.ingestion.search.HybridSearch;
import fr.paritaire.ingestion.search.QueryAnalyzer;
import fr.paritaire.ingestion.search.SearchMode;
import fr.paritaire.ingestion.search.SearchProperties;
import fr.paritaire.ingestion.store.LexicalFieldBoosts;
import fr.paritaire.ingestion.store.postgres.PostgresKnowledgeBase;
import fr.paritaire.ingestion.store.postgres.PostgresProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code paritaire.jar scale-benchmark <questions.jsonl> --chunks=100000 --spring.profiles.active=postgres
 * --paritaire.postgres.schema=paritaire_scale}: fills a PostgreSQL schema with the corpus' passages replicated with
 * perturbation (sentence order shuffled, vectors jittered) up to the given count, then measures ingest rate and
 * search latency with the HNSW index and with an exact scan. The corpus is embedded once; replicas are not re-embedded.
 */
@Component
public class ScaleBenchmarkCommand {

    private final ObjectProvider<DataSource> dataSource;
    private final Embedder embedder;
    private final QueryAnalyzer queryAnalyzer;
    private final SearchProperties search;
    private final PostgresProperties postgres;
    private final ParitaireProperties paritaire;
    private final ExtractionProperties extraction;
    private final ChunkingProperties chunking;
    private final PrintStream out = System.out;

    public ScaleBenchmarkCommand(ObjectProvider<DataSource> dataSource, Embedder embedder, QueryAnalyzer queryAnalyzer,
                                 SearchProperties search, PostgresProperties postgres, ParitaireProperties paritaire,
                                 ExtractionProperties extraction, ChunkingProperties chunking) {
        this.dataSource = dataSource;
        this.embedder = embedder;
        this.queryAnalyzer = queryAnalyzer;
        this.search = search;
        this.postgres = postgres;
        this.paritaire = paritaire;
        this.extraction = extraction;
        this.chunking = chunking;
    }

    public int run(String[] args) {
        DataSource ds = dataSource.getIfAvailable();
        if (ds == null || args.length == 0) {
            System.err.println("usage: paritaire.jar scale-benchmark <questions.jsonl> --chunks=N --spring.profiles.active=postgres "
                    + "--paritaire.postgres.schema=<a scratch schema>");
            return 2;
        }
        int target = Integer.parseInt(option(args, "--chunks=", "100000"));
        LexicalFieldBoosts boosts = new LexicalFieldBoosts(search.headingBoost(), search.articleBoost());
        PostgresKnowledgeBase hnsw = new PostgresKnowledgeBase(ds, postgres, boosts, "scale");
        PostgresKnowledgeBase exact = new PostgresKnowledgeBase(ds, new PostgresProperties(postgres.schema(), postgres.lexical(),
                postgres.efSearch(), true, postgres.ingestionLockWait()), boosts, "scale");
        hnsw.resetFor(embedder.modelId(), embedder.dimension());

        List<Passage> base = corpusPassages();
        long t0 = System.nanoTime();
        List<float[]> baseVectors = embedder.embedPassages(base.stream().map(Passage::contextualText).toList());
        out.printf("Corpus: %d passages embedded in %.1f s%n", base.size(), (System.nanoTime() - t0) / 1e9);

        Random random = new Random(42);
        long loaded = 0;
        long start = System.nanoTime();
        for (int copy = 0; loaded < target; copy++) {
            String id = "replica-" + copy;
            int n = (int) Math.min(base.size(), target - loaded);
            List<Passage> passages = new ArrayList<>(n);
            List<float[]> vectors = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Passage p = base.get(i);
                passages.add(new Passage(id + "#" + i, id, p.title(), "replicas/" + copy + "/" + p.source(), p.section(), p.article(),
                        p.page(), i, p.startOffset(), p.endOffset(), copy == 0 ? p.text() : shuffled(p.text(), random), p.example()));
                vectors.add(copy == 0 ? baseVectors.get(i) : jittered(baseVectors.get(i), random));
            }
            hnsw.replace(new SourceDocument(id, "replicas/" + copy, "h" + copy, "scale", "Replica " + copy, "text/plain", "fr",
                    Instant.now(), List.of()), passages, vectors);
            loaded += n;
            if (copy % 50 == 0) out.printf("  %d chunks, %.0f chunks/s%n", loaded, loaded / ((System.nanoTime() - start) / 1e9));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Loaded %d chunks in %.1f s: %.0f chunks/s (database writes incl. HNSW and GIN maintenance, no embedding)%n%n",
                loaded, seconds, loaded / seconds);

        List<EvalItem> items = EvalItem.load(Path.of(args[0]));
        out.println("| at " + loaded + " chunks | R@5 | R@10 | MRR@10 | p50 ms | p95 ms |");
        out.println("|---|---|---|---|---|---|");
        row("vector, HNSW (ef_search " + postgres.efSearch() + ")", items, q -> texts(hnsw.vectorSearch(embedder.embedQuery(q), 10, false)));
        row("vector, exact scan", items, q -> texts(exact.vectorSearch(embedder.embedQuery(q), 10, false)));
        row("lexical, BM25 in SQL", items, q -> texts(hnsw.lexicalSearch(queryAnalyzer.analyze(q), 10, false)));
        HybridSearch hybrid = new HybridSearch(hnsw, embedder, queryAnalyzer, search);
        row("hybrid (HNSW + BM25, RRF)", items, q -> hybrid.search(hybrid.analyze(q), 10, SearchMode.HYBRID, false).stream()
                .map(h -> h.passage().text()).toList());
        return 0;
    }

    private void row(String name, List<EvalItem> items, Function<String, List<String>> retrieve) {
        retrieve.apply("échauffement");
        RetrievalMetrics m = RetrievalMetrics.measure(items, retrieve);
        out.printf("| %s | %.3f | %.3f | %.3f | %.1f | %.1f |%n", name, m.recallAt5(), m.recallAt10(), m.mrrAt10(), m.p50Millis(), m.p95Millis());
    }

    private static List<String> texts(List<fr.paritaire.ingestion.store.ScoredPassage> hits) {
        return hits.stream().map(h -> h.passage().text()).toList();
    }

    private List<Passage> corpusPassages() {
        List<Passage> passages = new ArrayList<>();
        TextNormalizer normalizer = new TextNormalizer(extraction.boilerplateMinRepeats());
        Chunker chunker = new Chunker(chunking);
        try (TextExtractor extractor = new TextExtractor(extraction); Stream<Path> files = Files.walk(paritaire.corpusFolder())) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String source = paritaire.corpusFolder().relativize(file).toString();
                try {
                    passages.addAll(chunker.chunk(source, source, normalizer.normalize(extractor.extract(file), source)));
                } catch (ExtractionFailed e) {
                    out.println("  skipped " + source + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passages;
    }

    private static String shuffled(String text, Random random) {
        List<String> sentences = new ArrayList<>(Sentences.split(text));
        Collections.shuffle(sentences, random);
        return String.join(" ", sentences);
    }

    private static float[] jittered(float[] vector, Random random) {
        float[] v = vector.clone();
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (random.nextGaussian() * 0.02);
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) v[i] *= scale;
        return v;
    }

    private static String option(String[] args, String prefix, String fallback) {
        for (String a : args) if (a.startsWith(prefix)) return a.substring(prefix.length());
        return fallback;
    }
}
