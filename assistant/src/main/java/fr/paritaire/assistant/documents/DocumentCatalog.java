package fr.paritaire.assistant.documents;

import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.SourceDocument;
import fr.paritaire.ingestion.job.FileOutcome;
import fr.paritaire.ingestion.job.IngestionJob;
import fr.paritaire.ingestion.job.IngestionReport;
import fr.paritaire.ingestion.store.KnowledgeBase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the knowledge base holds, read for people: documents, their passages in order, their original files. */
@Component
public class DocumentCatalog {

    /**
     * One stored document, with how the last ingestion run treated its file (null status: not in that run) and its
     * authority ({@code law}, {@code agreement}, {@code guidance}, {@code study}, {@code position}, {@code example}, {@code other}).
     */
    public record DocumentSummary(String id, String title, String source, String format, String language, Integer pages,
                                  int passages, Instant ingestedAt, boolean example, String status, String reason,
                                  String authority) {
    }

    /** A file the last run could not ingest, and why. */
    public record Failure(String source, String reason) {
    }

    /** @param files how many files ended in each status ({@code ingested}, {@code unchanged}, … {@code failed}) */
    public record LastIngestion(Instant startedAt, long millis, String summary, int passagesInStore, Map<String, Long> files) {
    }

    public record Catalog(List<DocumentSummary> documents, List<Failure> failures, LastIngestion lastIngestion) {
    }

    public record DocumentView(String id, String title, String source, String format, Integer pages) {
    }

    public record PassageView(String id, int ordinal, String section, String article, Integer page, String text) {
    }

    /**
     * Passages of one document around {@code focus} (or all of them when there is no focus).
     *
     * @param moreBefore whether the document has passages before the first shown
     * @param moreAfter whether it has passages after the last shown
     */
    public record PassageContext(DocumentView document, String focus, List<PassageView> passages, boolean moreBefore,
                                 boolean moreAfter) {
    }

    /** An original file to serve: where it is, as what, and whether a browser should show it in place. */
    public record OriginalFile(Path path, String fileName, String mediaType, boolean inline) {
    }

    private final KnowledgeBase knowledgeBase;
    private final IngestionJob job;
    private final CorpusFolder corpus;

    public DocumentCatalog(KnowledgeBase knowledgeBase, IngestionJob job, CorpusFolder corpus) {
        this.knowledgeBase = knowledgeBase;
        this.job = job;
        this.corpus = corpus;
    }

    public Catalog catalog() {
        IngestionReport report = job.lastReport();
        Map<String, FileOutcome> outcomes = report == null ? Map.of()
                : report.files().stream().collect(Collectors.toMap(FileOutcome::source, Function.identity(), (a, b) -> b));
        List<DocumentSummary> documents = knowledgeBase.documents().values().stream()
                .map(d -> summary(d, outcomes.get(d.source())))
                .sorted(Comparator.comparing(DocumentSummary::title, String.CASE_INSENSITIVE_ORDER)).toList();
        List<Failure> failures = report == null ? List.of() : report.files().stream()
                .filter(f -> f.status() == FileOutcome.Status.FAILED).map(f -> new Failure(f.source(), f.reason())).toList();
        LastIngestion last = report == null ? null : new LastIngestion(report.startedAt(), report.duration().toMillis(),
                report.summary(), report.passagesInStore(), counts(report));
        return new Catalog(documents, failures, last);
    }

    private static Map<String, Long> counts(IngestionReport report) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (FileOutcome.Status status : FileOutcome.Status.values()) {
            counts.put(status.name().toLowerCase(Locale.ROOT), report.count(status));
        }
        return counts;
    }

    /** The stored document whose file is {@code source}. */
    public DocumentSummary summaryOf(String source) {
        SourceDocument document = knowledgeBase.documents().get(source);
        if (document == null) throw new DocumentNotFound("the file '" + source + "'");
        IngestionReport report = job.lastReport();
        FileOutcome outcome = report == null ? null
                : report.files().stream().filter(f -> f.source().equals(source)).findFirst().orElse(null);
        return summary(document, outcome);
    }

    public PassageContext context(String documentId, String focus, int radius) {
        SourceDocument document = document(documentId);
        List<Passage> passages = knowledgeBase.passagesOf(documentId);
        int from = 0;
        int to = passages.size();
        if (focus != null) {
            int at = indexOf(passages, focus);
            if (at < 0) throw new DocumentNotFound("the passage '" + focus + "'");
            from = Math.max(0, at - radius);
            to = Math.min(passages.size(), at + radius + 1);
        }
        List<PassageView> shown = passages.subList(from, to).stream()
                .map(p -> new PassageView(p.id(), p.ordinal(), p.section(), p.article(), p.page(), p.text())).toList();
        return new PassageContext(view(document, passages), focus, shown, from > 0, to < passages.size());
    }

    public OriginalFile file(String documentId) {
        SourceDocument document = document(documentId);
        Path path = corpus.resolve(document.source());
        return new OriginalFile(path, path.getFileName().toString(), CorpusFolder.mediaType(document.source()),
                CorpusFolder.inline(document.source()));
    }

    private SourceDocument document(String documentId) {
        return knowledgeBase.documents().values().stream().filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new DocumentNotFound("the document '" + documentId + "'"));
    }

    private static int indexOf(List<Passage> passages, String id) {
        for (int i = 0; i < passages.size(); i++) if (passages.get(i).id().equals(id)) return i;
        return -1;
    }

    private DocumentSummary summary(SourceDocument d, FileOutcome outcome) {
        List<Passage> passages = knowledgeBase.passagesOf(d.id());
        return new DocumentSummary(d.id(), d.title(), d.source(), format(d.source()), d.language(), pages(passages),
                passages.size(), d.ingestedAt(), passages.stream().anyMatch(Passage::example),
                outcome == null ? null : outcome.status().name().toLowerCase(Locale.ROOT),
                outcome == null ? null : outcome.reason(), d.metadata().authority().id());
    }

    private static DocumentView view(SourceDocument d, List<Passage> passages) {
        return new DocumentView(d.id(), d.title(), d.source(), format(d.source()), pages(passages));
    }

    /** The last page a passage starts on; null for formats without pages. */
    private static Integer pages(List<Passage> passages) {
        return passages.stream().map(Passage::page).filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }

    static String format(String source) {
        String extension = CorpusFolder.extension(source);
        return extension.isEmpty() ? "?" : extension.equals("htm") ? "HTML" : extension.toUpperCase(Locale.ROOT);
    }
}
