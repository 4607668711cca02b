package fr.paritaire.assistant.documents;

import fr.paritaire.ingestion.job.FileOutcome;
import fr.paritaire.ingestion.job.IngestionJob;
import fr.paritaire.ingestion.job.IngestionListener;
import fr.paritaire.ingestion.job.IngestionReport;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds a document: writes it to the corpus folder, then runs the same incremental ingestion job as the start-up and
 * the {@code ingest} command, so the new document is searchable as soon as this returns. A file that ingestion cannot
 * use is taken out of the folder again and the reason reported.
 */
@Component
public class DocumentUploads {

    private static final Logger log = LoggerFactory.getLogger(DocumentUploads.class);

    private final CorpusFolder corpus;
    private final IngestionJob job;
    private final DocumentCatalog catalog;

    public DocumentUploads(CorpusFolder corpus, IngestionJob job, DocumentCatalog catalog) {
        this.corpus = corpus;
        this.job = job;
        this.catalog = catalog;
    }

    public DocumentCatalog.DocumentSummary add(String fileName, InputStream content) {
        String source = corpus.add(fileName, content);
        log.info("Document added to the corpus: {}", source);
        IngestionReport report = job.run(corpus.root(), IngestionListener.NONE);
        FileOutcome outcome = report.files().stream().filter(f -> f.source().equals(source)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the ingestion run did not see " + source));
        if (outcome.status() == FileOutcome.Status.FAILED || outcome.status() == FileOutcome.Status.DUPLICATE) {
            corpus.delete(source);
            // again, so the last report (and the documents page) describes the folder as it is now
            job.run(corpus.root(), IngestionListener.NONE);
            throw new DocumentRejected(source, outcome.reason());
        }
        return catalog.summaryOf(source);
    }
}
