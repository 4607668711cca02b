package fr.paritaire.ingestion.job;

import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.SourceDocument;
import fr.paritaire.ingestion.DocumentMetadata;
import fr.paritaire.ingestion.authority.AuthorityProperties;
import fr.paritaire.ingestion.authority.DocumentClassifier;
import fr.paritaire.ingestion.authority.InvalidMetadata;
import fr.paritaire.ingestion.chunk.Chunker;
import fr.paritaire.ingestion.embed.Embedder;
import fr.paritaire.ingestion.extract.ExtractedDocument;
import fr.paritaire.ingestion.extract.ExtractionFailed;
import fr.paritaire.ingestion.extract.NormalizedDocument;
import fr.paritaire.ingestion.extract.TextExtractor;
import fr.paritaire.ingestion.extract.TextNormalizer;
import fr.paritaire.ingestion.job.CorpusWalker.CorpusFile;
import fr.paritaire.ingestion.job.FileOutcome.Status;
import fr.paritaire.ingestion.store.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incremental ingestion of a corpus folder. A file whose content hash is unchanged is not touched; a new or changed
 * file is extracted, chunked, embedded and swapped in atomically; a removed file is dropped; a file that fails is
 * reported with its reason and whatever was stored for it before stays. Identical files are stored once, the other
 * paths kept as aliases. One run at a time per process.
 */
public final class IngestionJob {

    private static final Logger log = LoggerFactory.getLogger(IngestionJob.class);

    private final KnowledgeBase knowledgeBase;
    private final TextExtractor extractor;
    private final TextNormalizer normalizer;
    private final Chunker chunker;
    private final Embedder embedder;
    private final DocumentClassifier classifier;
    private final AtomicReference<IngestionReport> lastReport = new AtomicReference<>();
    private final String pipeline;

    /** Bump when extraction, normalisation or chunking changes what passages a file yields: stored files are redone. */
    static final String PIPELINE_VERSION = "13";

    public IngestionJob(KnowledgeBase knowledgeBase, TextExtractor extractor, TextNormalizer normalizer, Chunker chunker, Embedder embedder) {
        this(knowledgeBase, extractor, normalizer, chunker, embedder, new DocumentClassifier(AuthorityProperties.defaults()));
    }

    public IngestionJob(KnowledgeBase knowledgeBase, TextExtractor extractor, TextNormalizer normalizer, Chunker chunker,
                        Embedder embedder, DocumentClassifier classifier) {
        this.classifier = classifier;
        this.pipeline = PIPELINE_VERSION + ";" + normalizer.fingerprint() + ";" + chunker.fingerprint();
        this.knowledgeBase = knowledgeBase;
        this.extractor = extractor;
        this.normalizer = normalizer;
        this.chunker = chunker;
        this.embedder = embedder;
    }

    public synchronized IngestionReport run(Path corpus, IngestionListener listener) {
        if (!Files.isDirectory(corpus)) throw new CorpusNotFound(corpus);
        try (AutoCloseable lock = knowledgeBase.lockForIngestion()) {
            return runLocked(corpus, listener);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not release the ingestion lock", e);
        }
    }

    private IngestionReport runLocked(Path corpus, IngestionListener listener) {
        Instant started = Instant.now();
        knowledgeBase.checkEmbeddingModel(embedder.modelId(), embedder.dimension());
        List<CorpusFile> files;
        try {
            files = CorpusWalker.walk(corpus);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + corpus.toAbsolutePath(), e);
        }
        Map<String, SourceDocument> stored = knowledgeBase.documents();
        Map<String, List<String>> aliasesByCanonical = groupDuplicates(files);
        Set<String> ids = new HashSet<>(stored.values().stream().map(SourceDocument::id).toList());
        List<FileOutcome> outcomes = new ArrayList<>();
        Set<String> keep = new HashSet<>();
        int done = 0;
        for (CorpusFile file : files) {
            FileOutcome outcome = process(file, stored, aliasesByCanonical, ids, keep);
            outcomes.add(outcome);
            listener.fileDone(++done, files.size(), outcome);
        }
        for (SourceDocument document : stored.values()) {
            if (!keep.contains(document.source())) {
                knowledgeBase.remove(document.id());
                FileOutcome removed = new FileOutcome(document.source(), Status.REMOVED, "no longer in the corpus", 0, 0);
                outcomes.add(removed);
                listener.fileDone(done, files.size(), removed);
            }
        }
        IngestionReport report = new IngestionReport(started, Duration.between(started, Instant.now()), List.copyOf(outcomes),
                knowledgeBase.passageCount());
        lastReport.set(report);
        log.info("Ingestion of {}: {}", corpus, report.summary());
        return report;
    }

    /** Re-embeds everything: the store is emptied and recorded as belonging to the configured model. */
    public synchronized IngestionReport reindex(Path corpus, IngestionListener listener) {
        if (!Files.isDirectory(corpus)) throw new CorpusNotFound(corpus);
        knowledgeBase.resetFor(embedder.modelId(), embedder.dimension());
        return run(corpus, listener);
    }

    public IngestionReport lastReport() {
        return lastReport.get();
    }

    private FileOutcome process(CorpusFile file, Map<String, SourceDocument> stored, Map<String, List<String>> aliases,
                                Set<String> ids, Set<String> keep) {
        long t0 = System.nanoTime();
        SourceDocument previous = stored.get(file.source());
        if (file.problem() != null) {
            if (previous != null) keep.add(file.source());
            return new FileOutcome(file.source(), Status.FAILED, file.problem(), 0, 0);
        }
        if (!aliases.containsKey(file.source())) {
            String canonical = canonicalOf(file.source(), aliases);
            return new FileOutcome(file.source(), Status.DUPLICATE, "same content as " + canonical, 0, 0);
        }
        List<String> myAliases = aliases.get(file.source());
        String documentPipeline;
        try {
            documentPipeline = pipeline + ";meta=" + classifier.fingerprint(file.path());
        } catch (InvalidMetadata e) {
            if (previous != null) keep.add(file.source());
            return new FileOutcome(file.source(), Status.FAILED, e.getMessage(), 0, millisSince(t0));
        }
        if (previous != null && previous.contentHash().equals(file.hash()) && previous.pipeline().equals(documentPipeline)
                && previous.aliases().equals(myAliases)) {
            keep.add(file.source());
            ids.add(previous.id());
            return new FileOutcome(file.source(), Status.UNCHANGED, null, 0, millisSince(t0));
        }
        try {
            ExtractedDocument extracted = extractor.extract(file.path());
            String id = previous != null ? previous.id() : uniqueId(file.source(), ids);
            ids.add(id);
            NormalizedDocument normalized = normalizer.normalize(extracted, fallbackTitle(file.path()));
            DocumentMetadata metadata = classifier.classify(file.path(), file.source(), normalized.example());
            if (metadata.title() != null) {
                normalized = new NormalizedDocument(metadata.title(), normalized.language(), normalized.blocks(), normalized.example());
            }
            List<Passage> passages = classifier.classify(chunker.chunk(id, file.source(), normalized), metadata);
            if (passages.isEmpty()) {
                throw new ExtractionFailed(ExtractionFailed.Reason.NEEDS_OCR, "no text left after cleaning");
            }
            List<float[]> vectors = embedder.embedPassages(passages.stream().map(Passage::contextualText).toList());
            SourceDocument document = new SourceDocument(id, file.source(), file.hash(), documentPipeline, normalized.title(),
                    extracted.contentType(), normalized.language(), Instant.now(), myAliases, metadata);
            knowledgeBase.replace(document, passages, vectors);
            keep.add(file.source());
            return new FileOutcome(file.source(), Status.INGESTED, null, passages.size(), millisSince(t0));
        } catch (ExtractionFailed | InvalidMetadata e) {
            if (previous != null) keep.add(file.source());
            return new FileOutcome(file.source(), Status.FAILED, e.getMessage(), 0, millisSince(t0));
        } catch (RuntimeException e) {
            log.warn("Ingestion of {} failed", file.source(), e);
            if (previous != null) keep.add(file.source());
            return new FileOutcome(file.source(), Status.FAILED, "internal error: " + e.getMessage(), 0, millisSince(t0));
        }
    }

    /** Maps each canonical source (first path of a group of identical files) to the other paths of its group. */
    private static Map<String, List<String>> groupDuplicates(List<CorpusFile> files) {
        Map<String, String> canonicalByHash = new HashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (CorpusFile file : files) {
            if (file.hash() == null) continue;
            String canonical = canonicalByHash.putIfAbsent(file.hash(), file.source());
            if (canonical == null) {
                aliases.put(file.source(), new ArrayList<>());
            } else {
                aliases.get(canonical).add(file.source());
            }
        }
        return aliases;
    }

    private static String canonicalOf(String source, Map<String, List<String>> aliases) {
        return aliases.entrySet().stream().filter(e -> e.getValue().contains(source)).map(Map.Entry::getKey)
                .findFirst().orElse("?");
    }

    private static String uniqueId(String source, Set<String> taken) {
        String base = source.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").toLowerCase()
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) base = "document";
        String id = base;
        for (int n = 2; taken.contains(id); n++) id = base + "-" + n;
        return id;
    }

    private static String fallbackTitle(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "").replace('-', ' ').replace('_', ' ');
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
